using System.Diagnostics;
using System.Globalization;
using Enrollment.BuildingBlocks.Infrastructure.PersonalData;

/// <summary>
/// The per-value cost of encryption at rest (issue 12, ADR-0025): AES-GCM encrypt and decrypt of an 18-character ID and
/// an 11-digit phone, the blind index, and the legacy pass-through; median of 7 rounds of N operations each.
/// </summary>
internal static class PersonalDataCost
{
    public static void Run(string[] args)
    {
        var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        var protector = PersonalDataProtector.Development;
        const string id = "410185201803050014";
        const string phone = "13838012345";
        var storedId = protector.Protect(id);
        var storedPhone = protector.Protect(phone);

        Measure("encrypt an ID (Protect)", n, () => protector.Protect(id));
        Measure("decrypt an ID (Unprotect)", n, () => protector.Unprotect(storedId));
        Measure("encrypt a phone", n, () => protector.Protect(phone));
        Measure("decrypt a phone", n, () => protector.Unprotect(storedPhone));
        Measure("blind index of an ID (HMAC-SHA256)", n, () => protector.BlindIndex(BlindIndexPurposes.ResidentId, id));
        Measure("read a legacy plaintext value (prefix check)", n, () => protector.Unprotect(id));
        Console.WriteLine($"stored sizes: ID {id.Length} → {storedId.Length} characters, phone {phone.Length} → {storedPhone.Length}, blind index {protector.BlindIndex(BlindIndexPurposes.ResidentId, id).Length}");
    }

    private static void Measure(string what, int n, Func<string> operation)
    {
        for (var i = 0; i < n / 10; i++)
        {
            operation();
        }

        var rounds = new List<double>();
        for (var round = 0; round < 7; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < n; i++)
            {
                operation();
            }

            rounds.Add(watch.Elapsed.TotalMilliseconds * 1_000_000 / n);
        }

        rounds.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-48} median {rounds[3],8:F0} ns  (min {rounds[0]:F0}, max {rounds[6]:F0}) per value"));
    }
}
