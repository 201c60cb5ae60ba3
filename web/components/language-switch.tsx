import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MeResponse } from '../../contracts/people.js';
import { LANGUAGES, SOURCE_LANGUAGE, type LanguageCode } from '../../contracts/languages.js';
import { apiAction } from '../lib/api.js';
import { chooseLanguage, useLanguage, useT, useVisitorLanguages } from '../lib/i18n/i18n.js';
import { meQueryKey, useMe } from '../lib/session.js';

/**
 * Stores a member's choice with their account, so it follows them to other devices and the server
 * writes to them in it. The cached account says the new language at once, so nothing changes it back
 * while the request is on its way. (A plain call: the first page does not load the validation library.)
 */
function rememberForMember(queryClient: ReturnType<typeof useQueryClient>, language: LanguageCode): void {
  queryClient.setQueryData<MeResponse | null>(meQueryKey, (me) =>
    me ? { ...me, person: { ...me.person, language } } : me,
  );
  void apiAction('/api/me/language', { method: 'PUT', body: { language } }).catch(() =>
    queryClient.invalidateQueries({ queryKey: meQueryKey }),
  );
}

/**
 * The languages the partnership offers (a visitor who is not signed in, those offered to visitors;
 * a member, their own partnership's), each named in
 * itself (a Welsh speaker looks for "Cymraeg"), at the top of every page. Pressing one shows the page in it at once and remembers the choice: on this device
 * for anyone, and with the account for a member.
 */
export function LanguageSwitch() {
  const t = useT();
  const current = useLanguage();
  const me = useMe();
  const queryClient = useQueryClient();

  const choose = (language: LanguageCode) => {
    void chooseLanguage(language);
    if (me.data && me.data.person.language !== language) rememberForMember(queryClient, language);
  };

  const visitors = useVisitorLanguages();
  // Signed out, or before the account has loaded: the languages offered to visitors.
  const offered = me.data?.partnership?.languages ?? visitors;
  const shown = LANGUAGES.filter((language) => offered.includes(language.code));

  return (
    <ul className="language-switch" aria-label={t('language.label')}>
      {shown.map((language) => (
        <li key={language.code}>
          <button
            type="button"
            className="language-switch__button"
            lang={language.tag}
            dir={language.dir}
            aria-pressed={language.code === current}
            onClick={() => choose(language.code)}
          >
            {language.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * A member's stored choice wins over this device's: it is what they chose last, wherever they were.
 * A language their partnership does not offer gives way to English.
 */
export function useMembersLanguage(): void {
  const { data: me } = useMe();
  const current = useLanguage();
  const stored = me?.person.language ?? null;
  const offered = me?.partnership?.languages.join(' ');
  useEffect(() => {
    if (stored) void chooseLanguage(stored);
    else if (offered !== undefined && !offered.split(' ').includes(current)) {
      void chooseLanguage(SOURCE_LANGUAGE);
    }
  }, [stored, offered, current]);
}
