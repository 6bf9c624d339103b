using Enrollment.BuildingBlocks.Infrastructure.Seeding;
using Enrollment.Modules.Registration.Domain.Articles;
using Enrollment.Modules.Registration.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enrollment.Modules.Registration.Infrastructure.Seeding;

/// <summary>Bound from <c>Registration:SeedArticles</c>: publish the demo 家长必读 articles on a database that has none.</summary>
public sealed class ArticleSeedOptions
{
    public const string SectionName = "Registration:SeedArticles";

    public bool Enabled { get; set; }
}

/// <summary>家长必读 written from the Dengfeng operating guide, published when there is no article at all.</summary>
internal sealed class ArticleSeeder(RegistrationDbContext context, IOptions<ArticleSeedOptions> options, TimeProvider clock) : IModuleSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || await context.Articles.AnyAsync(cancellationToken))
        {
            return;
        }

        context.Articles.AddRange(DemoArticles(clock.GetUtcNow()));
        await context.SaveChangesAsync(cancellationToken);
    }

    public static IEnumerable<Article> DemoArticles(DateTimeOffset now)
    {
        yield return Article.Create("信息采集操作说明", Guide, 1, publish: true, now);
        yield return Article.Create("信息采集常见问题", Faq, 2, publish: true, now);
        yield return Article.Create("户口簿地址怎么填写", Addresses, 3, publish: true, now);
    }

    private const string Guide = """
        1. 打开微信，关注“登封教育发布”公众号，在主页面菜单单击“信息采集”。第一次登录平台需要家长认真阅读并同意平台协议，30秒后点击“我已阅读并继续”进入平台首页；已登录过的家长自动进入主页。
        2. 平台主页面的菜单有“家长必读”“信息采集”“毕业生列表”“个人信息”“手机绑定”。家长必读解答信息采集中的常见问题；毕业生列表是本帐户已采集的学生（一个帐户可以采集多个学生）。
        3. 点击“信息采集”，先选择学生毕业类型：幼儿园毕业生或小学毕业生。所有加“*”的均为必填项，请认真填写。
        4. 点击“保存进入下一步”，填写“学生基本信息”：姓名、曾用名（户籍上有的填写，没有不填）、身份证号、毕业学校、毕业班级、出生证编号。
        5. 点击“下一步”，填写“学生父母信息”，至少填写父母一方的信息。
        6. 点击“下一步”，填写“学生户籍信息”，户口簿登记地址与户口簿首页“住址”栏一致。
        7. 之后的房产、居住证、务工、经商等信息，没有的点击“无此信息跳过”。
        8. 全部填写完成后点击“保存提交”，可在“毕业生列表”中查看审核状态。
        """;

    private const string Faq = """
        问：输入身份证号后提示“此学生信息已经登记”怎么办？
        答：说明此学生信息在本次采集中已经登记过，一个学生只能登记一次。请在“毕业生列表”中查看；如果不是您登记的，请联系学校。

        问：提示“学生年龄不足，无须采集”是什么意思？
        答：说明学生不符合今年的入学年龄条件，无须采集。

        问：提示“学生年龄超过上学年龄，请确认是否填写有误”怎么办？
        答：学生身份证号可能填写错误，请对照户口簿认真核对。

        问：从外地返回登封上学，毕业学校和班级怎么选？
        答：毕业学校请选择“社会零星幼儿园”或“社会零星小学”（在所有学校的最后面），毕业班级选择“零班”。

        问：出生证编号在哪里？
        答：在学生医学出生证右下角，一般为字母加数字；如果有“*”，“*”不填写。

        问：父母信息必须都填吗？
        答：至少填写父母一方的信息，否则不能通过。
        """;

    private const string Addresses = """
        地址选择要选择到最后一级：登封市内选择到村（社区）居委会，外县市选择到街道或乡镇，否则无法提交。

        地址栏只填写选择区域之后的部分。例如户口簿住址为“河南省郑州市登封市嵩阳街道中岳大街72号秀丽王府花园*号楼*单元***室”，区域选择到对应的社区居委会，地址只填写“中岳大街72号秀丽王府花园*号楼*单元***室”，所属小区填写“秀丽王府花园”。

        户口簿地址须与户口簿首页“住址”栏一致。学生为集体户口，且学生与父母一方在同一户口簿的，户主信息填写学生父母一方。
        """;
}
