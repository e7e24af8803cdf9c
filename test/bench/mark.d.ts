declare module 'mark.js' {
  export default class Mark {
    constructor(ctx: Element | Element[] | string);
    markRegExp(re: RegExp, opts?: Record<string, unknown>): void;
    unmark(opts?: Record<string, unknown>): void;
  }
}
