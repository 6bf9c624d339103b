using System.Security.Cryptography;
using System.Text;
using Enrollment.Modules.Identity.Infrastructure.WeChat;

namespace Enrollment.Modules.Identity.Tests;

public class WeChatSignatureTests
{
    // The example of WeChat's JS-SDK documentation (附录1-JS-SDK使用权限签名算法): the first edition
    // signed the page http://mp.weixin.qq.com (f4d90daf…, the vector issue 4 quotes); the current
    // one signs http://mp.weixin.qq.com?params=value (0f9de62f…). Both must come out.
    [Theory]
    [InlineData("http://mp.weixin.qq.com", "f4d90daf4b3bca3078ab155816175ba34c443a7b")]
    [InlineData("http://mp.weixin.qq.com?params=value", "0f9de62fce790f9a083d5c99e95740ceb90c27ed")]
    public void The_jssdk_signature_matches_the_official_examples(string url, string expected)
    {
        var signature = JsSdkSignature.Sign(
            "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg",
            "Wm3WZYTPz0wzccnW",
            1414587457,
            url);

        Assert.Equal(expected, signature);
    }

    [Fact]
    public void The_jssdk_signature_leaves_out_the_fragment()
    {
        const string ticket = "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
        Assert.Equal(
            JsSdkSignature.Sign(ticket, "Wm3WZYTPz0wzccnW", 1414587457, "http://mp.weixin.qq.com?params=value"),
            JsSdkSignature.Sign(ticket, "Wm3WZYTPz0wzccnW", 1414587457, "http://mp.weixin.qq.com?params=value#/students"));
    }

    [Fact]
    public void The_server_url_check_sorts_token_timestamp_and_nonce()
    {
        var parts = new[] { "token123", "1700000000", "abc" };
        Array.Sort(parts, StringComparer.Ordinal);
#pragma warning disable CA5350
        var signature = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
#pragma warning restore CA5350

        Assert.True(JsSdkSignature.IsFromWeChat("token123", signature, "1700000000", "abc"));
        Assert.True(JsSdkSignature.IsFromWeChat("token123", signature.ToUpperInvariant(), "1700000000", "abc"));
        Assert.False(JsSdkSignature.IsFromWeChat("token123", signature, "1700000001", "abc"));
        Assert.False(JsSdkSignature.IsFromWeChat("token123", null, "1700000000", "abc"));
    }
}
