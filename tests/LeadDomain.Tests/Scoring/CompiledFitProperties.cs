using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Leads;
using LeadDomain.Scoring;

namespace LeadDomain.Tests.Scoring;

/// <summary>
/// The compiled form a model scores with (tables for enumerated and presence rules, length buckets, multi-term search)
/// must give exactly the points of the rules that match, evaluated one by one as <c>Explain</c> does.
/// </summary>
public sealed class CompiledFitProperties
{
    private static readonly LeadLifecycle Lifecycle = TestLeads.NewLifecycle(QualificationPolicy.Default);
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void Compiled_fit_points_are_the_sum_of_the_matching_rules()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var fit = RandomFitRules(random);
            var compiled = new CompiledFit(fit);
            var lead = RandomLead(random);
            var expected = fit.Where(r => r.Matches(lead.Details, lead.FoldedText)).Sum(r => r.Points);
            var onTheFly = fit.Where(r => r.Matches(lead.Details)).Sum(r => r.Points);
            var actual = compiled.Points(lead.Details, lead.FoldedText);
            return (Math.Abs(actual - expected) < 1e-9 && Math.Abs(compiled.Points(lead.Details, null) - onTheFly) < 1e-9)
                .Label($"seed {seed}: compiled {actual}, rule by rule {expected}");
        }));
    }

    [Fact]
    public void Several_patterns_match_when_any_one_of_them_does()
    {
        var words = new[] { "Director", "DIRECTOR", "VP", "vp of", "Head", "مدیر", "مدير", "مـدیر", "فروش", "۱۲", "12", "Chief" };
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1_000), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var patterns = Enumerable.Range(0, random.Next(1, 5)).Select(_ => words[random.Next(words.Length)]).ToArray();
            var text = string.Join(random.Next(2) == 0 ? " " : "", Enumerable.Range(0, random.Next(0, 4)).Select(_ => words[random.Next(words.Length)]));
            var all = new ScoringText.Patterns(patterns);
            var each = patterns.Select(p => new ScoringText.Patterns([p])).ToArray();
            var stored = TextFolding.Fold(text);
            return (all.AnyEqual(text) == each.Any(p => p.AnyEqual(text))
                    && all.AnyContained(text) == each.Any(p => p.AnyContained(text))
                    && all.AnyEqualFolded(stored) == each.Any(p => p.AnyEqualFolded(stored))
                    && all.AnyContainedFolded(stored) == each.Any(p => p.AnyContainedFolded(stored)))
                .Label($"seed {seed}: text '{text}', patterns [{string.Join(", ", patterns)}]");
        }));
    }

    [Fact]
    public void Overlapping_rules_on_one_field_each_give_their_points()
    {
        var model = ScoringModel.CreateBuilder()
            .WithCaps(100, 1)
            .WhenSource("events", [LeadSource.TradeShow, LeadSource.Seminar], 10)
            .WhenSource("trade shows", [LeadSource.TradeShow, LeadSource.TradeShow], 5)
            .WhenPresent("phone", LeadPresenceField.Phone, 3)
            .WhenPresent("phone again", LeadPresenceField.Phone, 2)
            .WhenDecisionMaker("decides", 7)
            .WhenDecisionMaker("does not decide", -4, isDecisionMaker: false)
            .Build();
        var lead = Lifecycle.Create(new LeadDetails { LastName = "Lima", Source = LeadSource.TradeShow, BusinessPhone = "+55 11 5555 0100", IsDecisionMaker = false }, "ali");

        Assert.Equal(10 + 5 + 3 + 2 - 4, model.Score(lead, TestLeads.Start).Fit, 9);
    }

    private static FitRule[] RandomFitRules(Random random)
    {
        double Points() => Math.Round(random.NextDouble() * 30 - 10, 2);
        T[] Some<T>(T[] items) => [.. items.Where(_ => random.Next(3) == 0).DefaultIfEmpty(items[random.Next(items.Length)])];
        var builder = ScoringModel.CreateBuilder().WithCaps(1_000, 1);
        for (var i = random.Next(0, 14); i > 0; i--)
        {
            var name = $"rule {i}";
            _ = random.Next(9) switch
            {
                0 => builder.WhenSource(name, Some(Enum.GetValues<LeadSource>()), Points()),
                1 => builder.WhenTimeframe(name, Some(Enum.GetValues<PurchaseTimeframe>()), Points()),
                2 => builder.WhenDecisionMaker(name, Points(), random.Next(2) == 0),
                3 => builder.WhenPresent(name, Some(Enum.GetValues<LeadPresenceField>())[0], Points()),
                4 => builder.WhenInRange(name, LeadNumberField.NumberOfEmployees, random.Next(0, 100), random.Next(100, 1_000), Points()),
                5 => builder.WhenInRange(name, LeadNumberField.Budget, 1_000, null, Points(), random.Next(2) == 0 ? "USD" : null),
                6 => builder.WhenOneOf(name, Some([LeadTextField.Industry, LeadTextField.CompanyName, LeadTextField.EmailDomain])[0], Some(["Software", "نرم افزار", "gmail.com", "کیمیا", "Contoso"]), Points()),
                7 => builder.WhenContainsAny(name, Some([LeadTextField.JobTitle, LeadTextField.CompanyName, LeadTextField.StatedNeed])[0], Some(["director", "مدیر", "CRM", "کیمیا", "Head"]), Points()),
                _ => builder.WhenCustomFlag(name, "do_not_contact", Points()),
            };
        }

        return [.. builder.Build().Fit];
    }

    private static Lead RandomLead(Random random)
    {
        T Pick<T>(params T[] items) => items[random.Next(items.Length)];
        return Lifecycle.Create(new LeadDetails
        {
            CompanyName = Pick<string?>("Contoso", "شرکت کیمیا", "كيميا", null),
            LastName = "Lima",
            Industry = Pick<string?>("software", "SOFTWARE", "نرم افزار", "نرم افـزار", "Retail", null),
            JobTitle = Pick<string?>("Sales Director", "مدیر فروش", "مدير فروش", "Head of CRM", "Intern", null),
            StatedNeed = Pick<string?>("a CRM", "نیاز به crm", null),
            NumberOfEmployees = Pick<int?>(5, 99, 100, 500, 999, 1_000, null),
            Budget = Pick<Money?>(new Money(5_000m, "USD"), new Money(500m, "USD"), new Money(9_000m, "BRL"), null),
            BusinessPhone = Pick<string?>(null, "۰۹۱۲۳۴۵۶۷۸۹"),
            Emails = Pick<string[]>([], ["a@gmail.com"], ["a@contoso.example", "b@GMAIL.COM"]),
            Source = Pick<LeadSource?>([.. Enum.GetValues<LeadSource>().Cast<LeadSource?>(), null]),
            PurchaseTimeframe = Pick<PurchaseTimeframe?>([.. Enum.GetValues<PurchaseTimeframe>().Cast<PurchaseTimeframe?>(), null]),
            IsDecisionMaker = Pick<bool?>(true, false, null),
            CustomFields = Pick<Dictionary<string, CustomFieldValue>>([], new() { ["do_not_contact"] = CustomFieldValue.FromBoolean(random.Next(2) == 0) }),
        }, "prop");
    }
}
