import { useRegionT } from '../lib/i18n/pages.js';

/**
 * The consent wording a story's sharing was agreed under. Cairn's own wording, used until an
 * organisation writes its own, is said in the reader's language (English inside a page marked
 * English); an organisation's own keeps the language and direction it was written in (its language
 * unknown, its direction taken from its letters).
 */
export function ConsentWordingText({
  cairns,
  text,
  className,
}: {
  cairns: boolean;
  text: string;
  className?: string;
}) {
  const t = useRegionT();
  if (cairns) return <p className={className}>{t('consent.builtInWording')}</p>;
  return (
    <p className={className} lang="" dir="auto">
      {text}
    </p>
  );
}
