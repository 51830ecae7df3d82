/** Text the browser itself shows for us: the context menu entry and the shortcut's name. */
export interface BrowserUiText {
  menuTitle: string;
  commandDescription: string;
  nextMentionCommand: string;
  previousMentionCommand: string;
}
