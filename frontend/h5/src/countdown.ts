// Countdowns of the H5 page. 平台协议's 30 s is in agreement.ts (it counts from the server's shownAt);
// the SMS code's 「重新发送」 waits until the server's resendAfterSeconds have passed.

/** Whole seconds left until `until` (ms), never negative. */
export function secondsLeft(until: number, now: number): number {
  return Math.max(0, Math.ceil((until - now) / 1000 - 1e-9))
}

/** The label of the send-code button. */
export function sendCodeLabel(wait: number, sentBefore: boolean): string {
  if (wait > 0) return `${wait}秒后重新发送`
  return sentBefore ? '重新发送' : '获取验证码'
}

/** The label of 「我已阅读并继续」 while the parent must still read. */
export function agreementButtonLabel(remaining: number): string {
  return remaining > 0 ? `请阅读协议（${remaining}秒）` : '我已阅读并继续'
}
