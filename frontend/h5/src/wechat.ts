// Inside WeChat the page configures the JS-SDK with the host's signature for this URL and hides the
// share menu (an application is personal); outside WeChat nothing happens and the page works in any
// mobile browser. The SDK is loaded only inside WeChat (its own chunk).
import { getJsSdkConfig } from './api'

export const isWeChat = (userAgent = globalThis.navigator?.userAgent ?? '') => /MicroMessenger/i.test(userAgent)

/** The URL WeChat signs: the page's address without the #fragment. */
export const signedUrl = (href: string) => href.split('#')[0]

export const JS_API_LIST = ['hideOptionMenu', 'hideMenuItems', 'closeWindow']

export async function setUpWeChat(): Promise<boolean> {
  if (!isWeChat()) return false
  try {
    const config = await getJsSdkConfig(signedUrl(location.href))
    const { default: wx } = await import('weixin-js-sdk')
    wx.config({
      debug: false,
      appId: config.appId,
      timestamp: Number(config.timestamp),
      nonceStr: config.nonceStr,
      signature: config.signature,
      jsApiList: JS_API_LIST as never,
    })
    wx.ready(() => {
      wx.hideOptionMenu()
    })
    return true
  } catch {
    // Without the signature the page still works; WeChat then shows its default menu.
    return false
  }
}
