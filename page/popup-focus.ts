/**
 * The post whose card asked for the full explanation: the next report the popup gets names it,
 * so the popup opens at that post. Taken once, so a later popup opens at the top again.
 */
export class PopupFocus {
  private postKey: number | undefined;

  ask(postKey: number): void {
    this.postKey = postKey;
  }

  take(): number | undefined {
    const postKey = this.postKey;
    this.postKey = undefined;
    return postKey;
  }
}
