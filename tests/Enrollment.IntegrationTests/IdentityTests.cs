using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Enrollment.Modules.Identity.Application.WeChat;
using Enrollment.Modules.Identity.Infrastructure.Persistence;
using Enrollment.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Enrollment.IntegrationTests;

/// <summary>
/// The Identity module over HTTP: WeChat sign-in through the simulator, the agreement, phone binding,
/// staff sign-in and lockout, integrators' tokens, CSRF, and the shared WeChat access token.
/// </summary>
public abstract class IdentityTests(AppFixture fixture)
{
    private EnrollmentApp App
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.App;
        }
    }

    // -- WeChat sign-in -----------------------------------------------------------------------------

    [SkippableFact]
    public async Task The_oauth_round_trip_through_the_simulator_signs_the_parent_in_with_a_cookie()
    {
        var (browser, cookies) = Browser();
        var openId = "o" + Guid.NewGuid().ToString("N");

        var authorize = await browser.GetAsync("/api/v1/auth/wechat/authorize?returnUrl=%2Fh5%2Fstudents");
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var weChat = authorize.Headers.Location!.OriginalString;
        Assert.StartsWith("/_wechat-sim/connect/oauth2/authorize?appid=", weChat, StringComparison.Ordinal);
        Assert.Contains("scope=snsapi_base", weChat, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=http%3A%2F%2Flocalhost%2Fapi%2Fv1%2Fauth%2Fwechat%2Fcallback", weChat, StringComparison.Ordinal);
        Assert.EndsWith("#wechat_redirect", weChat, StringComparison.Ordinal);

        var page = await browser.GetAsync(weChat.Split('#')[0]);
        Assert.Contains("微信授权", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var picked = await browser.GetAsync(weChat.Split('#')[0] + "&openid=" + openId);
        Assert.Equal(HttpStatusCode.Redirect, picked.StatusCode);
        var callback = picked.Headers.Location!;
        Assert.Equal("/api/v1/auth/wechat/callback", callback.AbsolutePath);

        var signedIn = await browser.GetAsync(callback);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/h5/students", signedIn.Headers.Location!.OriginalString);
        var setCookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("enrollment.parent=", StringComparison.Ordinal));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires", setCookie, StringComparison.OrdinalIgnoreCase);

        var me = await Json.ReadAsync(await browser.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        var accountId = me.GetProperty("id").GetGuid();
        Assert.False(me.GetProperty("phoneBound").GetBoolean());
        Assert.NotNull(cookies.GetCookies(new Uri("http://localhost/")).FirstOrDefault(c => c.Name == "enrollment.parent.csrf"));

        // A refresh of the callback page (same code) signs the same parent in again.
        var refresh = await browser.GetAsync(callback);
        Assert.Equal(HttpStatusCode.Redirect, refresh.StatusCode);
        Assert.Equal(accountId, (await Json.ReadAsync(await browser.GetAsync("/api/v1/me"), HttpStatusCode.OK)).GetProperty("id").GetGuid());

        // The same openid later is the same account; logout ends the cookie.
        var again = App.CreateParentClient(openId);
        Assert.Equal(accountId, (await Json.ReadAsync(await again.GetAsync("/api/v1/me"), HttpStatusCode.OK)).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NoContent, (await again.PostAsync("/api/v1/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await again.GetAsync("/api/v1/me")).StatusCode);
    }

    [SkippableFact]
    public async Task A_code_already_used_is_a_clean_error_and_makes_no_account()
    {
        var openId = "o" + Guid.NewGuid().ToString("N");
        var (browser, _) = Browser();
        var callback = await ToCallbackAsync(browser, openId);
        var code = System.Web.HttpUtility.ParseQueryString(callback.Query)["code"];

        // Someone else exchanged the code first.
        var sim = await Json.ReadAsync(await App.CreateClient().GetAsync($"/_wechat-sim/sns/oauth2/access_token?appid=wx0000000000simulator&secret=simulator-secret&code={code}&grant_type=authorization_code"), HttpStatusCode.OK);
        Assert.Equal(openId, sim.GetProperty("openid").GetString());

        var problem = await Problem.ReadAsync(await browser.GetAsync(callback), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("wechat.code.used", problem.Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(0, await CountAccountsAsync(openId));
    }

    [SkippableFact]
    public async Task An_invalid_code_is_a_clean_error_and_makes_no_account()
    {
        var openId = "o" + Guid.NewGuid().ToString("N");
        var (browser, _) = Browser();
        var callback = await ToCallbackAsync(browser, openId);
        var state = System.Web.HttpUtility.ParseQueryString(callback.Query)["state"];

        var problem = await Problem.ReadAsync(await browser.GetAsync($"/api/v1/auth/wechat/callback?code=not-a-code&state={state}"), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("wechat.code.invalid", problem.Code);
        Assert.Equal("微信授权失败，请重新从公众号菜单进入", problem.Title);
        Assert.Equal(0, await CountAccountsAsync(openId));
    }

    [SkippableFact]
    public async Task A_callback_whose_state_is_not_this_browsers_is_refused()
    {
        var openId = "o" + Guid.NewGuid().ToString("N");
        var (victim, _) = Browser();
        var callback = await ToCallbackAsync(App.CreateDefaultClient(new CookieContainerHandler()), openId);

        // Another browser (no state cookie), and a tampered state in the right browser.
        Assert.Equal("auth.state.invalid", (await Problem.ReadAsync(await victim.GetAsync(callback), HttpStatusCode.BadRequest)).Code);
        var (own, _) = Browser();
        var mine = await ToCallbackAsync(own, openId);
        var tampered = mine.OriginalString.Replace("state=", "state=x", StringComparison.Ordinal);
        Assert.Equal("auth.state.invalid", (await Problem.ReadAsync(await own.GetAsync(tampered), HttpStatusCode.BadRequest)).Code);
        Assert.Equal(0, await CountAccountsAsync(openId));
    }

    [SkippableFact]
    public async Task The_userinfo_scope_can_be_asked_for()
    {
        var (browser, _) = Browser();
        var authorize = await browser.GetAsync("/api/v1/auth/wechat/authorize?returnUrl=%2Fh5%2F&scope=snsapi_userinfo");
        Assert.Contains("scope=snsapi_userinfo", authorize.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task The_return_url_must_be_a_path_on_this_site(string returnUrl)
    {
        var (browser, _) = Browser();

        var refused = await Problem.ReadAsync(await browser.GetAsync("/api/v1/auth/wechat/authorize?returnUrl=" + Uri.EscapeDataString(returnUrl)), HttpStatusCode.BadRequest);

        Assert.Equal("validation.failed", refused.Code);
        Assert.Equal(["返回地址必须是本站的页面"], refused.Errors["returnUrl"]);
    }

    [SkippableFact]
    public async Task A_state_changing_request_without_the_csrf_token_is_refused()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        await Json.ReadAsync(await parent.GetAsync("/api/v1/me"), HttpStatusCode.OK);

        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/me") { Content = JsonContent.Create(new { name = "王芳" }) };
        request.Headers.Add("X-CSRF-Token", "forged");
        var problem = await Problem.ReadAsync(await parent.SendAsync(request), HttpStatusCode.Forbidden);

        Assert.Equal("csrf.invalid", problem.Code);
        var saved = await Json.ReadAsync(await parent.PutAsJsonAsync("/api/v1/me", new { name = "王芳", relationship = "母亲" }), HttpStatusCode.OK);
        Assert.Equal("王芳", saved.GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task Parent_a_cannot_read_or_change_parent_bs_application()
    {
        var parentB = App.CreateParentClient(Guid.NewGuid());
        var created = await parentB.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        var parentA = App.CreateParentClient(Guid.NewGuid());

        Assert.Equal("not-found", (await Problem.ReadAsync(await parentA.GetAsync(location), HttpStatusCode.NotFound)).Code);
        var change = await parentA.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(App, "李明", TestIds.Primary2024()));
        Assert.Equal("not-found", (await Problem.ReadAsync(change, HttpStatusCode.NotFound)).Code);
        Assert.Equal(HttpStatusCode.OK, (await parentB.GetAsync(location)).StatusCode);
    }

    // -- Agreement ----------------------------------------------------------------------------------

    [SkippableFact]
    public async Task The_agreement_is_refused_at_29_seconds_and_accepted_at_30_and_a_new_version_asks_again()
    {
        var parent = App.CreateParentClient(Guid.NewGuid(), acceptAgreement: false);
        var shown = await Json.ReadAsync(await parent.GetAsync("/api/v1/agreement"), HttpStatusCode.OK);
        var version = shown.GetProperty("version").GetInt32();
        Assert.False(shown.GetProperty("accepted").GetBoolean());

        App.Clock.Advance(TimeSpan.FromSeconds(29));
        var early = await Problem.ReadAsync(await parent.PostAsJsonAsync("/api/v1/agreement/acceptance", new { version }), HttpStatusCode.Conflict);
        Assert.Equal("agreement.too-early", early.Code);
        Assert.Equal("请仔细阅读平台协议，1秒后可同意", early.Title);

        // Showing it again does not restart the 30 seconds.
        await Json.ReadAsync(await parent.GetAsync("/api/v1/agreement"), HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        var consent = await Json.ReadAsync(await parent.PostAsJsonAsync("/api/v1/agreement/acceptance", new { version }), HttpStatusCode.OK);
        Assert.Equal(version, consent.GetProperty("version").GetInt32());
        Assert.True((await Json.ReadAsync(await parent.GetAsync("/api/v1/me"), HttpStatusCode.OK)).GetProperty("agreementAccepted").GetBoolean());
        await AssertConsentRecordedAsync((await Json.ReadAsync(await parent.GetAsync("/api/v1/me"), HttpStatusCode.OK)).GetProperty("id").GetGuid(), version);

        var admin = await App.CreateAdminClientAsync();
        var published = await Json.ReadAsync(
            await admin.PostAsJsonAsync("/api/v1/admin/agreements", new { title = "平台用户协议（修订）", text = "第二版协议内容。" }),
            HttpStatusCode.Created);
        var next = published.GetProperty("version").GetInt32();
        Assert.Equal(version + 1, next);

        var me = await Json.ReadAsync(await parent.GetAsync("/api/v1/me"), HttpStatusCode.OK);
        Assert.False(me.GetProperty("agreementAccepted").GetBoolean());
        var again = await Json.ReadAsync(await parent.GetAsync("/api/v1/agreement"), HttpStatusCode.OK);
        Assert.Equal(next, again.GetProperty("version").GetInt32());
        Assert.False(again.GetProperty("accepted").GetBoolean());
        Assert.Equal("agreement.outdated", (await Problem.ReadAsync(await parent.PostAsJsonAsync("/api/v1/agreement/acceptance", new { version }), HttpStatusCode.Conflict)).Code);
        Assert.Equal("agreement.too-early", (await Problem.ReadAsync(await parent.PostAsJsonAsync("/api/v1/agreement/acceptance", new { version = next }), HttpStatusCode.Conflict)).Code);
    }

    [SkippableFact]
    public async Task No_information_is_collected_before_the_current_agreement_is_accepted_and_nothing_saved_is_lost_when_a_new_version_asks_again()
    {
        var parent = App.CreateParentClient(Guid.NewGuid(), acceptAgreement: false);

        var refused = await Problem.ReadAsync(await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" }), HttpStatusCode.Forbidden);
        Assert.Equal("agreement.required", refused.Code);
        Assert.Equal("请先阅读并同意平台协议", refused.Title);
        Assert.Equal(0, (await Json.ReadAsync(await parent.GetAsync("/api/v1/applications"), HttpStatusCode.OK)).GetArrayLength());

        var version = (await Json.ReadAsync(await parent.GetAsync("/api/v1/agreement"), HttpStatusCode.OK)).GetProperty("version").GetInt32();
        App.Clock.Advance(TimeSpan.FromSeconds(30));
        await Json.ReadAsync(await parent.PostAsJsonAsync("/api/v1/agreement/acceptance", new { version }), HttpStatusCode.OK);

        var started = await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "KindergartenGraduate" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        await Json.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(App, "郑小安", TestIds.Primary2024())), HttpStatusCode.OK);

        var admin = await App.CreateAdminClientAsync();
        await Json.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/agreements", new { title = "平台用户协议（修订）", text = "修订后的协议内容。" }), HttpStatusCode.Created);

        // Every write of the wizard asks for the new version; what was saved stays readable and intact.
        Assert.Equal("agreement.required", (await Problem.ReadAsync(await parent.PutAsJsonAsync($"{location}/student", await Wizard.StudentAsync(App, "郑小安", TestIds.Primary2024())), HttpStatusCode.Forbidden)).Code);
        Assert.Equal("agreement.required", (await Problem.ReadAsync(await parent.PostAsync($"{location}/submission", null), HttpStatusCode.Forbidden)).Code);
        Assert.Equal("agreement.required", (await Problem.ReadAsync(await parent.PostAsJsonAsync("/api/v1/applications", new { graduationType = "PrimaryGraduate" }), HttpStatusCode.Forbidden)).Code);
        var saved = await Json.ReadAsync(await parent.GetAsync(location), HttpStatusCode.OK);
        Assert.Contains("郑小安", saved.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Only_a_district_admin_publishes_the_agreement()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Unauthorized, (await parent.PostAsJsonAsync("/api/v1/admin/agreements", new { title = "x", text = "y" })).StatusCode);
        var reviewer = await App.CreateStaffClientAsync("reviewer", "Review#2024");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsJsonAsync("/api/v1/admin/agreements", new { title = "x", text = "y" })).StatusCode);
    }

    // -- Phone binding ------------------------------------------------------------------------------

    [SkippableFact]
    public async Task A_phone_is_bound_with_the_code_sent_to_it_and_shown_masked()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var phone = NewPhone();

        var sent = await Json.ReadAsync(await parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);
        Assert.Equal(300, sent.GetProperty("expiresInSeconds").GetInt32());
        var code = await LastCodeAsync(phone);
        Assert.Matches("^[0-9]{6}$", code);

        var me = await Json.ReadAsync(await parent.PutAsJsonAsync("/api/v1/me/phone", new { phone, code }), HttpStatusCode.OK);
        Assert.Equal($"{phone[..3]}****{phone[7..]}", me.GetProperty("phone").GetString());
        Assert.True(me.GetProperty("phoneBound").GetBoolean());
        Assert.Equal($"{phone[..3]}****{phone[7..]}", (await Json.ReadAsync(await parent.GetAsync("/api/v1/me"), HttpStatusCode.OK)).GetProperty("phone").GetString());

        // Rebinding needs a new code: the used one is over.
        var reuse = await Problem.ReadAsync(await parent.PutAsJsonAsync("/api/v1/me/phone", new { phone, code }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("sms.code.exhausted", reuse.Code);
    }

    [SkippableFact]
    public async Task An_sms_code_expires_after_five_minutes()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var phone = NewPhone();
        await Json.ReadAsync(await parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);
        var code = await LastCodeAsync(phone);

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync("/api/v1/me/phone", new { phone, code }), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("sms.code.expired", problem.Code);
        Assert.Equal(["验证码已过期，请重新获取"], problem.Errors["code"]);
    }

    [SkippableFact]
    public async Task Five_wrong_tries_end_an_sms_code()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var phone = NewPhone();
        await Json.ReadAsync(await parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);
        var code = await LastCodeAsync(phone);
        var wrong = code == "000000" ? "111111" : "000000";

        for (var left = 4; left >= 1; left--)
        {
            var problem = await Problem.ReadAsync(await parent.PutAsJsonAsync("/api/v1/me/phone", new { phone, code = wrong }), HttpStatusCode.UnprocessableEntity);
            Assert.Equal("sms.code.wrong", problem.Code);
            Assert.Equal($"验证码错误，还可以尝试{left}次", problem.Title);
        }

        Assert.Equal("sms.code.exhausted", (await Problem.ReadAsync(await parent.PutAsJsonAsync("/api/v1/me/phone", new { phone, code = wrong }), HttpStatusCode.UnprocessableEntity)).Code);
        Assert.Equal("sms.code.exhausted", (await Problem.ReadAsync(await parent.PutAsJsonAsync("/api/v1/me/phone", new { phone, code }), HttpStatusCode.UnprocessableEntity)).Code);
        Assert.False((await Json.ReadAsync(await parent.GetAsync("/api/v1/me"), HttpStatusCode.OK)).GetProperty("phoneBound").GetBoolean());
    }

    [SkippableFact]
    public async Task At_most_one_sms_code_a_minute_per_phone_and_per_account()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var phone = NewPhone();
        await Json.ReadAsync(await parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);

        var samePhone = await Problem.ReadAsync(await App.CreateParentClient(Guid.NewGuid()).PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.Conflict);
        Assert.Equal("sms.too-frequent", samePhone.Code);
        Assert.Equal("验证码发送过于频繁，请1分钟后再试", samePhone.Title);
        var sameAccount = await Problem.ReadAsync(await parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone = NewPhone() }), HttpStatusCode.Conflict);
        Assert.Equal("sms.too-frequent", sameAccount.Code);

        App.Clock.Advance(TimeSpan.FromSeconds(60));
        await Json.ReadAsync(await parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task Simultaneous_requests_send_one_code_per_phone_and_per_account()
    {
        // Signed in first, so that the requests meet at the send.
        var parents = Enumerable.Range(0, 8).Select(_ => App.CreateParentClient(Guid.NewGuid())).ToList();
        await Task.WhenAll(parents.Select(p => p.GetAsync("/api/v1/me")));
        var phone = NewPhone();
        var samePhone = await Task.WhenAll(parents.Select(p => p.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone })));
        await AssertOneSentAsync(samePhone);
        var inbox = await Json.ReadAsync(await App.CreateClient().GetAsync($"/_wechat-sim/inspect/sms?phone={phone}"), HttpStatusCode.OK);
        Assert.Equal(1, inbox.GetArrayLength());

        var parent = App.CreateParentClient(Guid.NewGuid());
        await parent.GetAsync("/api/v1/me");
        var sameAccount = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone = NewPhone() })));
        await AssertOneSentAsync(sameAccount);

        static async Task AssertOneSentAsync(HttpResponseMessage[] answers)
        {
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
            {
                Assert.Equal("sms.too-frequent", (await Problem.ReadAsync(refused, HttpStatusCode.Conflict)).Code);
            }
        }
    }

    [SkippableFact]
    public async Task At_most_five_sms_codes_a_day_per_account_and_phone_and_ten_per_account()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var phone = NewPhone();
        for (var i = 0; i < 5; i++)
        {
            await Json.ReadAsync(await parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);
            App.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var perAccountAndPhone = await Problem.ReadAsync(await parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.Conflict);
        Assert.Equal("sms.daily-limit", perAccountAndPhone.Code);
        Assert.Equal("今日获取验证码次数已达上限，请明天再试", perAccountAndPhone.Title);
        for (var i = 0; i < 5; i++)
        {
            await Json.ReadAsync(await parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone = NewPhone() }), HttpStatusCode.OK);
            App.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var perAccount = await Problem.ReadAsync(await parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone = NewPhone() }), HttpStatusCode.Conflict);
        Assert.Equal("sms.daily-limit", perAccount.Code);

        // What this account asked for the phone is its own budget: another account still gets a code for it.
        await Json.ReadAsync(await App.CreateParentClient(Guid.NewGuid()).PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);

        App.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(9));
        await Json.ReadAsync(await parent.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);
    }

    /// <summary>Issue 13: ten accounts asking for one phone used to use up its daily limit, so its owner could not bind it for 24 hours.</summary>
    [SkippableFact]
    public async Task Other_accounts_exhausting_their_limits_on_a_phone_do_not_lock_its_owner_out()
    {
        var phone = NewPhone();
        for (var attacker = 0; attacker < 10; attacker++)
        {
            var other = App.CreateParentClient(Guid.NewGuid());
            for (var i = 0; i < 5; i++)
            {
                await Json.ReadAsync(await other.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);
                App.Clock.Advance(TimeSpan.FromSeconds(61));
            }

            Assert.Equal("sms.daily-limit", (await Problem.ReadAsync(await other.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.Conflict)).Code);
        }

        var owner = App.CreateParentClient(Guid.NewGuid());
        await Json.ReadAsync(await owner.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);
        var bound = await Json.ReadAsync(await owner.PutAsJsonAsync("/api/v1/me/phone", new { phone, code = await LastCodeAsync(phone) }), HttpStatusCode.OK);
        Assert.True(bound.GetProperty("phoneBound").GetBoolean());
    }

    [SkippableFact]
    public async Task A_phone_gets_codes_for_at_most_twenty_accounts_a_day_but_its_bound_owner_always_gets_one()
    {
        var phone = NewPhone();
        var owner = App.CreateParentClient(Guid.NewGuid());
        await Json.ReadAsync(await owner.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);
        await Json.ReadAsync(await owner.PutAsJsonAsync("/api/v1/me/phone", new { phone, code = await LastCodeAsync(phone) }), HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromSeconds(61));

        for (var i = 0; i < 19; i++)
        {
            await Json.ReadAsync(await App.CreateParentClient(Guid.NewGuid()).PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);
            App.Clock.Advance(TimeSpan.FromSeconds(61));
        }

        var flood = await Problem.ReadAsync(await App.CreateParentClient(Guid.NewGuid()).PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.Conflict);
        Assert.Equal("sms.phone-daily-limit", flood.Code);
        Assert.Equal("该手机号今日获取验证码过于频繁，请明天再试或联系教育局", flood.Title);

        await Json.ReadAsync(await owner.PostAsJsonAsync("/api/v1/me/phone/verification", new { phone }), HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task A_phone_number_must_have_eleven_digits()
    {
        var problem = await Problem.ReadAsync(await App.CreateParentClient(Guid.NewGuid()).PostAsJsonAsync("/api/v1/me/phone/verification", new { phone = "1380013" }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("phone.invalid", problem.Code);
        Assert.Equal(["请填写11位手机号码"], problem.Errors["phone"]);
    }

    // -- Staff --------------------------------------------------------------------------------------

    [SkippableFact]
    public async Task Five_wrong_passwords_lock_a_staff_account_for_fifteen_minutes()
    {
        var admin = await App.CreateAdminClientAsync();
        var userName = "rev" + Guid.NewGuid().ToString("N")[..8];
        var created = await Json.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/staff", new
        {
            userName,
            displayName = "李老师",
            password = "Correct#Horse1",
            role = "SchoolReviewer",
            schoolIds = new[] { Guid.NewGuid() },
        }), HttpStatusCode.Created);
        Assert.Equal("SchoolReviewer", created.GetProperty("role").GetString());
        var anonymous = App.CreateClient();

        for (var i = 1; i <= 4; i++)
        {
            var failed = await Problem.ReadAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/staff/login", new { userName, password = "wrong" }), HttpStatusCode.Unauthorized);
            Assert.Equal("staff.sign-in.failed", failed.Code);
        }

        // The fifth failure locks the account, silently: a locked account answers as a wrong password
        // does, also to the right one (else the lockout would confirm a guess; issue 13).
        var fifth = await Problem.ReadAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/staff/login", new { userName, password = "wrong" }), HttpStatusCode.Unauthorized);
        Assert.Equal("staff.sign-in.failed", fifth.Code);
        var locked = await Problem.ReadAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/staff/login", new { userName, password = "Correct#Horse1" }), HttpStatusCode.Unauthorized);
        Assert.Equal("staff.sign-in.failed", locked.Code);
        Assert.Equal("用户名或密码错误（连续错误5次将锁定15分钟）", locked.Title);

        App.Clock.Advance(TimeSpan.FromMinutes(15));
        var reviewer = await App.CreateStaffClientAsync(userName, "Correct#Horse1");
        var me = await Json.ReadAsync(await reviewer.GetAsync("/api/v1/auth/staff/me"), HttpStatusCode.OK);
        Assert.Equal(userName, me.GetProperty("userName").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/v1/admin/staff")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await reviewer.PostAsync("/api/v1/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await reviewer.GetAsync("/api/v1/auth/staff/me")).StatusCode);
    }

    [SkippableFact]
    public async Task Staff_and_parent_sign_ins_are_separate()
    {
        var admin = await App.CreateAdminClientAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateParentClient(Guid.NewGuid()).GetAsync("/api/v1/admin/staff")).StatusCode);
        var list = await Json.ReadAsync(await admin.GetAsync("/api/v1/admin/staff"), HttpStatusCode.OK);
        Assert.Contains(list.EnumerateArray(), s => s.GetProperty("userName").GetString() == "reviewer");
    }

    [SkippableFact]
    public async Task An_admin_manages_staff_but_not_their_own_account()
    {
        var admin = await App.CreateAdminClientAsync();
        var me = await Json.ReadAsync(await admin.GetAsync("/api/v1/auth/staff/me"), HttpStatusCode.OK);
        var userName = "tmp" + Guid.NewGuid().ToString("N")[..8];
        var created = await Json.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName, displayName = "临时", password = "Temp#20245", role = "Auditor" }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        var duplicate = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName, displayName = "临时", password = "Temp#20245", role = "Auditor" }), HttpStatusCode.Conflict);
        Assert.Equal("staff.user-name.duplicate", duplicate.Code);
        var invalid = await Problem.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName = "x y", displayName = "", password = "short", role = "SchoolReviewer" }), HttpStatusCode.BadRequest);
        Assert.Equal(["学校审核员须指定学校"], invalid.Errors["schoolIds"]);
        Assert.Equal(["密码至少10位"], invalid.Errors["password"]);

        var changed = await Json.ReadAsync(await admin.PutAsJsonAsync($"/api/v1/admin/staff/{id}", new { displayName = "临时二", role = "Auditor", disabled = true }), HttpStatusCode.OK);
        Assert.True(changed.GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().PostAsJsonAsync("/api/v1/auth/staff/login", new { userName, password = "Temp#20245" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/staff/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/admin/staff/{id}")).StatusCode);

        var self = me.GetProperty("id").GetGuid();
        Assert.Equal("staff.self", (await Problem.ReadAsync(await admin.DeleteAsync($"/api/v1/admin/staff/{self}"), HttpStatusCode.Conflict)).Code);
        Assert.Equal("staff.self", (await Problem.ReadAsync(await admin.PutAsJsonAsync($"/api/v1/admin/staff/{self}", new { displayName = "x", role = "Auditor" }), HttpStatusCode.Conflict)).Code);
    }

    [SkippableFact]
    public async Task The_demo_reviewer_reviews_a_kindergarten_and_a_primary_school_of_the_seeded_season()
    {
        var primary = await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/schools?graduationType=PrimaryGraduate"), HttpStatusCode.OK);
        var school = primary.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "登封市实验小学").GetProperty("id").GetGuid();
        var kindergartens = await Json.ReadAsync(await App.CreateClient().GetAsync("/api/v1/schools?graduationType=KindergartenGraduate"), HttpStatusCode.OK);
        var kindergarten = kindergartens.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "登封市直属机关幼儿园").GetProperty("id").GetGuid();

        var reviewer = await App.CreateStaffClientAsync("reviewer", "Review#2024");
        var me = await Json.ReadAsync(await reviewer.GetAsync("/api/v1/auth/staff/me"), HttpStatusCode.OK);
        Assert.Equal(new[] { kindergarten, school }.Order(), me.GetProperty("schoolIds").EnumerateArray().Select(s => s.GetGuid()).Order());
    }

    [SkippableFact]
    public async Task An_auditor_reads_but_does_not_administer()
    {
        var admin = await App.CreateAdminClientAsync();
        var userName = "aud" + Guid.NewGuid().ToString("N")[..8];
        await Json.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/staff", new { userName, displayName = "审计员", password = "Audit#2024x", role = "Auditor" }), HttpStatusCode.Created);

        var auditor = await App.CreateStaffClientAsync(userName, "Audit#2024x");

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/v1/auth/staff/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync("/api/v1/admin/clients", new { name = "x", scopes = new[] { "applications:read" } })).StatusCode);
    }

    // -- Integrators --------------------------------------------------------------------------------

    [SkippableFact]
    public async Task A_client_gets_a_token_with_its_scopes_and_a_revoked_clients_token_is_refused()
    {
        var admin = await App.CreateAdminClientAsync();
        var client = await Json.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/clients", new { name = "市学籍系统", scopes = new[] { "applications:read" } }), HttpStatusCode.Created);
        var clientId = client.GetProperty("clientId").GetString()!;
        var secret = client.GetProperty("clientSecret").GetString()!;
        var integrator = App.CreateClient();

        var token = await Json.ReadAsync(await integrator.PostAsync("/api/v1/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = "applications:read",
        })), HttpStatusCode.OK);
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
        Assert.Equal("applications:read", token.GetProperty("scope").GetString());
        Assert.Equal(600, token.GetProperty("expires_in").GetInt32());
        var bearer = token.GetProperty("access_token").GetString()!;

        var whoAmI = await Json.ReadAsync(await WithBearer(bearer).GetAsync("/api/v1/integration/me"), HttpStatusCode.OK);
        Assert.Equal(clientId, whoAmI.GetProperty("clientId").GetString());
        Assert.Equal(["applications:read"], whoAmI.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToArray());

        var pii = await integrator.PostAsJsonAsync("/api/v1/auth/token", new { grant_type = "client_credentials", client_id = clientId, client_secret = secret, scope = "applications:read:pii" });
        Assert.Equal(HttpStatusCode.BadRequest, pii.StatusCode);
        Assert.Equal("invalid_scope", (await Json.ReadAsync(pii, HttpStatusCode.BadRequest)).GetProperty("error").GetString());
        var wrongSecret = await integrator.PostAsJsonAsync("/api/v1/auth/token", new { grant_type = "client_credentials", client_id = clientId, client_secret = "nope" });
        Assert.Equal("invalid_client", (await Json.ReadAsync(wrongSecret, HttpStatusCode.Unauthorized)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithBearer("not.a.token").GetAsync("/api/v1/integration/me")).StatusCode);

        await Json.ReadAsync(await admin.PostAsync($"/api/v1/admin/clients/{client.GetProperty("id").GetGuid()}/revocation", null), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithBearer(bearer).GetAsync("/api/v1/integration/me")).StatusCode);
        var afterRevocation = await integrator.PostAsJsonAsync("/api/v1/auth/token", new { grant_type = "client_credentials", client_id = clientId, client_secret = secret });
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevocation.StatusCode);
    }

    [SkippableFact]
    public async Task A_revocation_holds_at_once_on_every_instance()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"enrollment-revocation-{Guid.NewGuid():N}")).FullName;
        var (connectionString, _) = await fixture.CreateDatabaseAsync(folder);
        var sharedKey = new Dictionary<string, string?> { ["Identity:Tokens:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
        await using var first = fixture.StartApp(connectionString!, sharedKey);
        await using var second = fixture.StartApp(connectionString!, sharedKey);

        var admin = await first.CreateAdminClientAsync();
        var client = await Json.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/clients", new { name = "市学籍系统", scopes = new[] { "applications:read" } }), HttpStatusCode.Created);
        var token = await Json.ReadAsync(
            await second.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { grant_type = "client_credentials", client_id = client.GetProperty("clientId").GetString(), client_secret = client.GetProperty("clientSecret").GetString() }),
            HttpStatusCode.OK);
        var onSecond = second.CreateClient();
        onSecond.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/api/v1/integration/me")).StatusCode);

        await Json.ReadAsync(await admin.PostAsync($"/api/v1/admin/clients/{client.GetProperty("id").GetGuid()}/revocation", null), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Unauthorized, (await onSecond.GetAsync("/api/v1/integration/me")).StatusCode);
    }

    [SkippableFact]
    public async Task A_client_secret_is_stored_only_as_a_hash()
    {
        var admin = await App.CreateAdminClientAsync();
        var client = await Json.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/clients", new { name = "审计", scopes = new[] { "applications:read", "applications:read:pii" } }), HttpStatusCode.Created);
        var secret = client.GetProperty("clientSecret").GetString()!;

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var stored = await db.IntegratorClients.AsNoTracking().SingleAsync(c => c.ClientId == client.GetProperty("clientId").GetString());
        Assert.DoesNotContain(secret, stored.SecretHash, StringComparison.Ordinal);
        Assert.Equal(["applications:read", "applications:read:pii"], stored.Scopes);
        var listed = await admin.GetStringAsync("/api/v1/admin/clients");
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
    }

    // -- WeChat server side -------------------------------------------------------------------------

    [SkippableFact]
    public async Task Fifty_concurrent_template_messages_fetch_the_access_token_once()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"enrollment-wechat-{Guid.NewGuid():N}")).FullName;
        var (connectionString, _) = await fixture.CreateDatabaseAsync(folder);
        await using var app = fixture.StartApp(connectionString!);
        _ = app.Server;

        await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var messenger = scope.ServiceProvider.GetRequiredService<IWeChatMessenger>();
            var msgId = await messenger.SendTemplateMessageAsync(
                new TemplateMessage($"o-parent-{i}", "TPL_REVIEW_RESULT", new Dictionary<string, string> { ["thing1"] = "审核通过", ["time2"] = "2024-07-15 10:00" }, "/h5/"),
                CancellationToken.None);
            Assert.True(msgId > 0);
        }));

        var inspect = await Json.ReadAsync(await app.CreateClient().GetAsync("/_wechat-sim/inspect"), HttpStatusCode.OK);
        Assert.Equal(1, inspect.GetProperty("accessTokenFetches").GetInt32());
        Assert.Equal(50, inspect.GetProperty("messages").GetArrayLength());

        await using var scope2 = app.Services.CreateAsyncScope();
        await scope2.ServiceProvider.GetRequiredService<IWeChatMessenger>().SendSubscribeMessageAsync(
            new SubscribeMessage("o-parent-1", "SUB_TPL", new Dictionary<string, string> { ["thing1"] = "请补充材料" }), CancellationToken.None);
        inspect = await Json.ReadAsync(await app.CreateClient().GetAsync("/_wechat-sim/inspect"), HttpStatusCode.OK);
        Assert.Equal(1, inspect.GetProperty("accessTokenFetches").GetInt32());
        Assert.Equal("subscribe", inspect.GetProperty("messages")[50].GetProperty("kind").GetString());
    }

    [SkippableFact]
    public async Task Two_instances_on_one_database_share_one_access_token()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"enrollment-wechat-{Guid.NewGuid():N}")).FullName;
        var (connectionString, _) = await fixture.CreateDatabaseAsync(folder);
        await using var first = fixture.StartApp(connectionString!);
        _ = first.Server;
        await using var second = fixture.StartApp(connectionString!);
        second.WeChatOf = first;
        _ = second.Server;

        await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            await using var scope = (i % 2 == 0 ? first : second).Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IWeChatMessenger>().SendTemplateMessageAsync(
                new TemplateMessage($"o-parent-{i}", "TPL", new Dictionary<string, string> { ["thing1"] = "x" }), CancellationToken.None);
        }));

        var inspect = await Json.ReadAsync(await first.CreateClient().GetAsync("/_wechat-sim/inspect"), HttpStatusCode.OK);
        Assert.Equal(1, inspect.GetProperty("accessTokenFetches").GetInt32());
        Assert.Equal(40, inspect.GetProperty("messages").GetArrayLength());
    }

    [SkippableFact]
    public async Task The_server_url_check_echoes_only_a_correct_signature()
    {
        const string timestamp = "1414587457";
        const string nonce = "Wm3WZYTPz0wzccnW";
        var parts = new[] { "simulator-token", timestamp, nonce };
        Array.Sort(parts, StringComparer.Ordinal);
#pragma warning disable CA5350
        var signature = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
#pragma warning restore CA5350
        var client = App.CreateClient();

        var ok = await client.GetAsync($"/api/v1/wechat/server?signature={signature}&timestamp={timestamp}&nonce={nonce}&echostr=hello123");
        Assert.Equal("hello123", await ok.Content.ReadAsStringAsync());
        var bad = await client.GetAsync($"/api/v1/wechat/server?signature=0000&timestamp={timestamp}&nonce={nonce}&echostr=hello123");
        Assert.Equal(HttpStatusCode.Forbidden, bad.StatusCode);
    }

    [SkippableFact]
    public async Task The_jssdk_config_is_signed_with_a_cached_ticket()
    {
        var parent = App.CreateParentClient(Guid.NewGuid());
        var before = (await Json.ReadAsync(await App.CreateClient().GetAsync("/_wechat-sim/inspect"), HttpStatusCode.OK)).GetProperty("ticketFetches").GetInt32();

        var first = await Json.ReadAsync(await parent.GetAsync("/api/v1/wechat/jssdk-config?url=" + Uri.EscapeDataString("http://localhost/h5/#/students")), HttpStatusCode.OK);
        await Json.ReadAsync(await parent.GetAsync("/api/v1/wechat/jssdk-config?url=" + Uri.EscapeDataString("http://localhost/h5/")), HttpStatusCode.OK);

        Assert.Equal("wx0000000000simulator", first.GetProperty("appId").GetString());
        Assert.Matches("^[0-9a-f]{40}$", first.GetProperty("signature").GetString());
        var after = (await Json.ReadAsync(await App.CreateClient().GetAsync("/_wechat-sim/inspect"), HttpStatusCode.OK)).GetProperty("ticketFetches").GetInt32();
        Assert.True(after - before <= 1, $"{after - before} ticket fetches");
    }

    // -- Helpers ------------------------------------------------------------------------------------

    private (HttpClient Client, CookieContainer Cookies) Browser()
    {
        var cookies = new CookieContainer();
        var client = App.CreateDefaultClient(new CookieContainerHandler(cookies));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return (client, cookies);
    }

    /// <summary>Authorize, then the simulator's page with the openid: the callback URL WeChat sends the browser to.</summary>
    private static async Task<Uri> ToCallbackAsync(HttpClient browser, string openId, string returnUrl = "/h5/")
    {
        var authorize = await browser.GetAsync("/api/v1/auth/wechat/authorize?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var weChat = authorize.Headers.Location!.OriginalString.Split('#')[0];
        var picked = await browser.GetAsync(weChat + "&openid=" + openId);
        Assert.Equal(HttpStatusCode.Redirect, picked.StatusCode);
        return picked.Headers.Location!;
    }

    private HttpClient WithBearer(string token)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<int> CountAccountsAsync(string openId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().ParentAccounts.CountAsync(a => a.OpenId == openId);
    }

    private async Task AssertConsentRecordedAsync(Guid accountId, int version)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var consent = await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().AgreementConsents.AsNoTracking().SingleAsync(c => c.AccountId == accountId && c.Version == version);
        Assert.Matches("^[0-9a-f]{64}$", consent.ClientHash);
    }

    private async Task<string> LastCodeAsync(string phone)
    {
        var inbox = await Json.ReadAsync(await App.CreateClient().GetAsync($"/_wechat-sim/inspect/sms?phone={phone}"), HttpStatusCode.OK);
        var text = inbox[0].GetProperty("text").GetString()!;
        return System.Text.RegularExpressions.Regex.Match(text, "验证码是([0-9]{6})").Groups[1].Value;
    }

    private static string NewPhone() => "139" + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class IdentityTests_Sqlite(SqliteFixture fixture) : IdentityTests(fixture), IClassFixture<SqliteFixture>;

public sealed class IdentityTests_PostgreSql(PostgreSqlFixture fixture) : IdentityTests(fixture), IClassFixture<PostgreSqlFixture>;

public sealed class IdentityTests_SqlServer(SqlServerFixture fixture) : IdentityTests(fixture), IClassFixture<SqlServerFixture>;
