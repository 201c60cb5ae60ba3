import { useLocation } from 'react-router';

/** What a page passes in navigation state to show a one-off success message on the next page. */
export interface NoticeState {
  notice: string;
}

export function noticeState(notice: string): NoticeState {
  return { notice };
}

export function useNotice(): string | null {
  const state: unknown = useLocation().state;
  if (typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string') {
    return state.notice;
  }
  return null;
}
