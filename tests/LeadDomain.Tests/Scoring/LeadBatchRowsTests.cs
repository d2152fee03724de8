using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

/// <summary>The fit rows of a batch (<c>LeadBatch.Rows.cs</c>): texts, e-mail domains and currencies kept once per distinct value.</summary>
public sealed class LeadBatchRowsTests
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(90);
    private static readonly LeadLifecycle Lifecycle = LeadBatchProperties.NewLifecycle();

    [Fact]
    public void Equal_texts_of_different_string_instances_share_one_value()
    {
        var snapshots = Enumerable.Range(0, 3)
            .Select(_ => Snapshot(new LeadDetails { LastName = new string("Lima".AsSpan()), Industry = new string("Software".AsSpan()) }))
            .Append(Snapshot(new LeadDetails { LastName = "Rossi", Industry = string.Empty }))
            .ToArray();

        var batch = LeadBatch.From(snapshots);

        Assert.Equal([string.Empty, "Software"], batch.TextValues(LeadTextField.Industry).ToArray());
        Assert.Equal([string.Empty, "Lima", "Rossi"], batch.TextValues(LeadTextField.LastName).ToArray());
        Assert.Equal([1, 1, 1, 0], batch.Rows.ToArray().Select(r => r.Text(LeadTextField.Industry)));
        Assert.Equal([1, 1, 1, 2], batch.Rows.ToArray().Select(r => r.Text(LeadTextField.LastName)));
    }

    [Fact]
    public void Each_text_field_keeps_the_text_the_rules_read_for_it()
    {
        // A distinct text in every field, so that a field kept in another field's column shows.
        var fields = Enum.GetValues<LeadTextField>().Where(f => f != LeadTextField.EmailDomain).ToArray();
        var details = new LeadDetails
        {
            Topic = "t", FirstName = "f", LastName = "l", CompanyName = "c", JobTitle = "j", Industry = "i", StatedNeed = "s", Description = "d", Owner = "o",
        };
        var lead = Lifecycle.Create(details, "ali");
        var batch = LeadBatch.From([lead]);

        foreach (var field in fields)
        {
            Assert.Equal([string.Empty, LeadTextFields.Of(lead.Details, field)!], batch.TextValues(field).ToArray());
            Assert.Equal(1, batch.Rows[0].Text(field));
        }
    }

    [Fact]
    public void The_topic_and_description_are_kept_as_texts_until_a_model_reads_them()
    {
        var leads = new[] { "Alpha deal", "Beta deal", "Alpha deal" }
            .Select(topic => Lifecycle.Create(new LeadDetails { Topic = new string(topic.AsSpan()), Description = "d", Industry = "Software" }, "ali"))
            .ToArray();
        var batch = LeadBatch.From(leads);
        var industryOnly = ScoringModel.CreateBuilder().WhenOneOf("industry", LeadTextField.Industry, ["Software"], 5).Build();
        var byTopic = ScoringModel.CreateBuilder().WhenContainsAny("alpha", LeadTextField.Topic, ["alpha"], 5).Build();
        var scores = new LeadScore[3];

        Assert.Equal<string?>(["Alpha deal", "Beta deal", "Alpha deal"], batch.KeptTexts(LeadTextField.Topic)!.AsEnumerable());
        Assert.Null(batch.KeptTexts(LeadTextField.Industry));
        industryOnly.Score(batch, scores, Now);
        Assert.NotNull(batch.KeptTexts(LeadTextField.Topic));

        byTopic.Score(batch, scores, Now);

        Assert.Null(batch.KeptTexts(LeadTextField.Topic));
        Assert.NotNull(batch.KeptTexts(LeadTextField.Description));
        Assert.Equal([string.Empty, "Alpha deal", "Beta deal"], batch.TextValues(LeadTextField.Topic).ToArray());
        Assert.Equal([1, 2, 1], batch.Rows.ToArray().Select(r => r.Text(LeadTextField.Topic)));
        Assert.Equal([5.0, 0, 5], scores.Select(s => s.Fit));

        // From then on, a lead added or updated is interned as it comes.
        batch.Update(1, Lifecycle.Create(new LeadDetails { Topic = "Gamma alpha" }, "ali"));
        Assert.Equal(3, batch.Rows[1].Text(LeadTextField.Topic));
        byTopic.Score(batch, scores, Now);
        Assert.Equal(5.0, scores[1].Fit);
    }

    [Fact]
    public void Texts_interned_when_first_read_give_the_ids_and_scores_of_texts_interned_as_they_come()
    {
        var random = new Random(11);
        var leads = Enumerable.Range(0, 200).Select(_ => LeadBatchProperties.RandomLead(random)).ToArray();
        var eager = new LeadBatch();
        _ = eager.TextValues(LeadTextField.Topic);
        _ = eager.TextValues(LeadTextField.Description);
        foreach (var lead in leads)
        {
            eager.Add(lead);
        }

        var lazy = LeadBatch.From(leads);
        var model = ScoringModel.CreateBuilder()
            .WhenContainsAny("topic", LeadTextField.Topic, ["contoso", "lima"], 7.25)
            .WhenContainsAny("description", LeadTextField.Description, ["urgent"], 3.5)
            .Build();
        var a = new LeadScore[leads.Length];
        var b = new LeadScore[leads.Length];

        model.Score(eager, a, Now);
        model.Score(lazy, b, Now);

        Assert.Equal(a, b);
        Assert.Equal(eager.TextValues(LeadTextField.Topic).ToArray(), lazy.TextValues(LeadTextField.Topic).ToArray());
        Assert.Equal(eager.Rows.ToArray().Select(r => r.Text(LeadTextField.Topic)), lazy.Rows.ToArray().Select(r => r.Text(LeadTextField.Topic)));
        Assert.Equal(eager.Rows.ToArray().Select(r => r.Text(LeadTextField.Description)), lazy.Rows.ToArray().Select(r => r.Text(LeadTextField.Description)));
        Assert.Contains(a, s => s.Fit > 0);
    }

    [Fact]
    public void Sets_of_one_to_four_addresses_score_as_the_one_lead_path_does()
    {
        var model = ScoringModel.CreateBuilder()
            .WhenOneOf("free mail", LeadTextField.EmailDomain, ["gmail.com"], 7)
            .WhenContainsAny("example", LeadTextField.EmailDomain, ["example"], 3)
            .Build();
        string[][] emails =
        [
            [], ["a@gmail.com"], ["a@GMAIL.com"], ["a@x.example", "b@gmail.com"], ["a@x.example", "b@y.example", "c@z.org"],
            ["a@x.example", "b@y.example", "c@z.org", "d@gmail.com"], ["a@x.example", "b@y.example", "c@z.org", "d@q.org"],
            ["e@x.example"], ["f@x.example", "g@gmail.com"], ["no-domain@"],
        ];
        var snapshots = emails.Select(e => Snapshot(new LeadDetails { LastName = "Lima", Emails = e })).ToArray();
        var batch = LeadBatch.From(snapshots);
        var scores = new LeadScore[snapshots.Length];

        model.Score(batch, scores, Now);

        Assert.Equal(snapshots.Select(s => model.Score(s.Details, [], Now)), scores);
        Assert.Equal(0, batch.Rows[0].Text(LeadTextField.EmailDomain));
        Assert.NotEqual(batch.Rows[1].Text(LeadTextField.EmailDomain), batch.Rows[2].Text(LeadTextField.EmailDomain));
        Assert.Equal(batch.Rows[3].Text(LeadTextField.EmailDomain), batch.Rows[8].Text(LeadTextField.EmailDomain));
        Assert.NotEqual(batch.Rows[5].Text(LeadTextField.EmailDomain), batch.Rows[6].Text(LeadTextField.EmailDomain));
        Assert.Equal(9, batch.DomainSets.Count);
    }

    [Fact]
    public void Each_currency_has_one_id_and_an_amount_without_one_has_its_own()
    {
        var model = ScoringModel.CreateBuilder().WhenInRange("budget", LeadNumberField.Budget, 100, null, 5, "USD").Build();
        Money?[] budgets = [null, new Money(500, "USD"), new Money(500, "BRL"), default(Money), new Money(900, new string("USD".AsSpan()))];
        var snapshots = budgets.Select(b => Snapshot(new LeadDetails { LastName = "Lima", Budget = b })).ToArray();
        var batch = LeadBatch.From(snapshots);
        var scores = new LeadScore[snapshots.Length];

        model.Score(batch, scores, Now);

        Assert.Equal(snapshots.Select(s => model.Score(s.Details, [], Now)), scores);
        Assert.Equal([null, "USD", "BRL", null], batch.Currencies);
        Assert.Equal([0, 1, 2, 3, 1], batch.Rows.ToArray().Select(r => (int)r.BudgetCurrency));
    }

    [Fact]
    public void Every_field_a_fit_rule_reads_scores_as_the_one_lead_path_does()
    {
        // One rule per field the rows keep that the random models of the properties leave out: the revenue, a decision
        // maker who is not one, every timeframe and presence field, the first name, stated need and owner.
        var model = ScoringModel.CreateBuilder()
            .WithCaps(1_000, 0)
            .WhenInRange("revenue", LeadNumberField.AnnualRevenue, 1_000_000, null, 1, "EUR")
            .WhenInRange("any revenue", LeadNumberField.AnnualRevenue, null, 500, 2)
            .WhenDecisionMaker("not the one", 4, isDecisionMaker: false)
            .WhenTimeframe("later", [PurchaseTimeframe.ThisYear, PurchaseTimeframe.Unknown], 8)
            .WhenPresent("budget", LeadPresenceField.Budget, 16)
            .WhenPresent("need", LeadPresenceField.StatedNeed, 32)
            .WhenPresent("timeframe", LeadPresenceField.PurchaseTimeframe, 64)
            .WhenPresent("email", LeadPresenceField.Email, 128)
            .WhenOneOf("first", LeadTextField.FirstName, ["Ali"], 256)
            .WhenContainsAny("crm", LeadTextField.StatedNeed, ["crm"], 512)
            .WhenOneOf("owner", LeadTextField.Owner, ["sara"], 1.5)
            .WhenSource("other", [LeadSource.Other], 0.25)
            .Build();
        LeadDetails[] details =
        [
            new() { LastName = "Lima" },
            new() { LastName = "Lima", AnnualRevenue = new Money(2_000_000, "EUR"), IsDecisionMaker = false, PurchaseTimeframe = PurchaseTimeframe.ThisYear },
            new() { LastName = "Lima", AnnualRevenue = new Money(2_000_000, "USD"), IsDecisionMaker = true, PurchaseTimeframe = PurchaseTimeframe.Immediate },
            new() { LastName = "Lima", AnnualRevenue = new Money(400, "USD"), Budget = new Money(10, "USD"), PurchaseTimeframe = PurchaseTimeframe.Unknown },
            new() { LastName = "Lima", AnnualRevenue = default(Money), StatedNeed = "A new CRM", Emails = ["a@b.example"], FirstName = "ALI" },
            new() { LastName = "Lima", FirstName = "Alison", Owner = "Sara", Source = LeadSource.Other, StatedNeed = "none" },
            new() { LastName = "Lima", Owner = "sara", Source = (LeadSource)250, PurchaseTimeframe = (PurchaseTimeframe)253, IsDecisionMaker = null },
        ];
        var snapshots = details.Select(Snapshot).ToArray();
        var batch = LeadBatch.From(snapshots);
        var scores = new LeadScore[snapshots.Length];

        model.Score(batch, scores, Now);

        Assert.Equal(snapshots.Select(s => model.Score(s.Details, [], Now)), scores);
        Assert.Equal([0.0, 1 + 4 + 8 + 64, 64, 2 + 8 + 16 + 64, 2 + 32 + 128 + 256 + 512, 1.5 + 0.25 + 32, 1.5 + 64], scores.Select(s => s.Fit));
        Assert.Equal([0, 1, 2, 0, 0, 0, 0], batch.Rows.ToArray().Select(r => (int)r.DecisionMaker));
    }

    [Fact]
    public void Custom_fields_that_are_yes_make_one_set_whatever_their_order()
    {
        var model = ScoringModel.CreateBuilder()
            .WhenCustomFlag("vip", "vip", 1)
            .WhenCustomFlag("partner", "partner", 2)
            .WhenCustomFlag("a", "a", 4)
            .Build();
        Dictionary<string, CustomFieldValue>[] fields =
        [
            [],
            new() { ["vip"] = CustomFieldValue.FromBoolean(false), ["partner"] = CustomFieldValue.FromText("yes") },
            new() { ["vip"] = CustomFieldValue.FromBoolean(true), ["partner"] = CustomFieldValue.FromBoolean(true) },
            new() { ["partner"] = CustomFieldValue.FromBoolean(true), ["vip"] = CustomFieldValue.FromBoolean(true), ["z"] = CustomFieldValue.FromBoolean(false) },
            new() { ["vip"] = CustomFieldValue.FromBoolean(true) },
            new() { ["a"] = CustomFieldValue.FromBoolean(true), ["vip"] = CustomFieldValue.FromBoolean(true), ["B"] = CustomFieldValue.FromBoolean(true) },
            new() { ["VIP"] = CustomFieldValue.FromBoolean(true) },
        ];
        var snapshots = fields.Select(f => Snapshot(new LeadDetails { LastName = "Lima", CustomFields = f })).ToArray();
        var batch = LeadBatch.From(snapshots);
        var scores = new LeadScore[snapshots.Length];

        model.Score(batch, scores, Now);

        Assert.Equal(snapshots.Select(s => model.Score(s.Details, [], Now)), scores);
        Assert.Equal([0.0, 0, 3, 3, 1, 5, 0], scores.Select(s => s.Fit));
        Assert.Equal([0, 0, 1, 1, 2, 3, 4], batch.Rows.ToArray().Select(r => r.FlagSet));
        Assert.Equal(["", "partner,vip", "vip", "B,a,vip", "VIP"], batch.FlagSets.Select(set => string.Join(',', set)));
    }

    [Fact]
    public void A_lead_a_stored_snapshot_and_any_other_dictionary_give_one_flag_set()
    {
        // A lead holds its custom fields sorted (ImmutableSortedDictionary), a snapshot read back from JSON a
        // Dictionary, a host anything else; twenty yes fields, more than the scratch names start with, in a shuffled order.
        var names = Enumerable.Range(0, 20).Select(i => $"f{i:D2}").OrderBy(n => n.GetHashCode(StringComparison.Ordinal)).ToArray();
        var fields = names.ToDictionary(n => n, n => CustomFieldValue.FromBoolean(n != "f07"));
        var lead = Lifecycle.Create(new LeadDetails { LastName = "Lima", CustomFields = fields }, "ali");
        var stored = Snapshot(new LeadDetails { LastName = "Lima", CustomFields = new Dictionary<string, CustomFieldValue>(fields) });
        var other = Snapshot(new LeadDetails { LastName = "Lima", CustomFields = new System.Collections.ObjectModel.ReadOnlyDictionary<string, CustomFieldValue>(fields) });
        var fewer = Snapshot(new LeadDetails { LastName = "Lima", CustomFields = names.Take(3).ToDictionary(n => n, _ => CustomFieldValue.FromBoolean(true)) });

        var batch = LeadBatch.From([lead]);
        batch.Add(stored);
        batch.Add(other);
        batch.Add(fewer);

        Assert.IsType<System.Collections.Immutable.ImmutableSortedDictionary<string, CustomFieldValue>>(lead.Details.CustomFields);
        Assert.Equal([1, 1, 1, 2], batch.Rows.ToArray().Select(r => r.FlagSet));
        Assert.Equal(names.Where(n => n != "f07").Order(StringComparer.Ordinal), batch.FlagSets[1]);
        Assert.Equal(names.Take(3).Order(StringComparer.Ordinal), batch.FlagSets[2]);
    }

    [Fact]
    public void Updating_a_lead_with_custom_fields_allocates_nothing_once_its_flag_set_is_known()
    {
        var fields = new Dictionary<string, CustomFieldValue>
        {
            ["vip"] = CustomFieldValue.FromBoolean(true), ["region"] = CustomFieldValue.FromText("EMEA"), ["partner"] = CustomFieldValue.FromBoolean(true),
        };
        var lead = Lifecycle.Create(new LeadDetails { LastName = "Lima", CustomFields = fields }, "ali");
        var stored = Snapshot(new LeadDetails { LastName = "Lima", CustomFields = fields });
        var batch = LeadBatch.From([lead]);
        batch.Update(0, stored);
        batch.Update(0, lead);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            batch.Update(0, stored);
            batch.Update(0, lead);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(["partner", "vip"], batch.FlagSets[1]);
    }

    [Fact]
    public void Sets_of_two_three_and_more_addresses_keep_their_domains_in_order()
    {
        string[][] emails =
        [
            ["a@x.example", "b@y.example"], ["a@y.example", "b@x.example"], ["a@x.example", "b@y.example", "c@x.example"],
            ["q@x.example", "r@y.example"], ["a@x.example", "b@y.example", "c@x.example", "d@z.example", "e@x.example"],
            ["f@x.example", "g@y.example", "h@x.example", "i@z.example", "j@x.example"], ["k@x.example"], ["l@x.example"],
        ];
        var snapshots = emails.Select(e => Snapshot(new LeadDetails { LastName = "Lima", Emails = e })).ToArray();
        var batch = LeadBatch.From(snapshots);
        var domains = batch.TextValues(LeadTextField.EmailDomain).ToArray();

        Assert.Equal([string.Empty, "x.example", "y.example", "z.example"], domains);
        Assert.Equal([1, 2, 3, 1, 4, 4, 5, 5], batch.Rows.ToArray().Select(r => r.Text(LeadTextField.EmailDomain)));
        Assert.Equal(["", "1,2", "2,1", "1,2,1", "1,2,1,3,1", "1"], batch.DomainSets.Select(set => string.Join(',', set)));
    }

    [Fact]
    public void No_custom_fields_at_all_are_no_flag_set()
    {
        // A snapshot read from a store may hold no dictionary at all rather than an empty one.
        var model = ScoringModel.CreateBuilder().WhenCustomFlag("vip", "vip", 5).WhenPresent("phone", LeadPresenceField.Phone, 1).Build();
        var snapshots = new[]
        {
            Snapshot(new LeadDetails { LastName = "Lima", CustomFields = null!, BusinessPhone = "+1 555 0100" }),
            Snapshot(new LeadDetails { LastName = "Lima", CustomFields = new Dictionary<string, CustomFieldValue> { ["vip"] = CustomFieldValue.FromBoolean(true) } }),
        };
        var batch = LeadBatch.From(snapshots);
        batch.Add(snapshots[0]);
        var scores = new LeadScore[3];

        model.Score(batch, scores, Now);

        Assert.Equal([1.0, 5, 1], scores.Select(s => s.Fit));
        Assert.Equal([0, 1, 0], batch.Rows.ToArray().Select(r => r.FlagSet));
    }

    [Fact]
    public void An_address_without_a_domain_keeps_its_place_in_a_set_as_id_0()
    {
        string[][] emails = [["a@x.example", "b@y.example", "c@"], ["a@x.example", "b@y.example"], ["d@", "e@x.example"]];
        var batch = LeadBatch.From(emails.Select(e => Snapshot(new LeadDetails { LastName = "Lima", Emails = e })));

        Assert.Equal(["", "1,2,0", "1,2", "0,1"], batch.DomainSets.Select(set => string.Join(',', set)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-1)]
    public void A_field_that_is_not_a_text_field_has_no_kept_texts(int field)
    {
        var batch = LeadBatch.From([Snapshot(new LeadDetails { LastName = "Lima", Topic = "Deal" })]);

        Assert.Null(batch.KeptTexts((LeadTextField)field));
        Assert.NotNull(batch.KeptTexts(LeadTextField.Topic));
    }

    [Fact]
    public void The_size_counts_each_distinct_value_set_and_kept_text_column()
    {
        // Batches of two leads each that differ in one thing: a new text value (a header, a reference and a hash, 36
        // bytes, and two bytes a character), a new set of e-mail domains or of custom flags (40 bytes), or the column of
        // topics kept until a model reads them (8 bytes a lead).
        static long SizeOf(params LeadDetails[] details) => LeadBatch.From(details.Select(Snapshot)).SizeInBytes();
        LeadDetails Flags(params string[] names) => new() { LastName = "Lima", CustomFields = names.ToDictionary(n => n, _ => CustomFieldValue.FromBoolean(true)) };
        var lima = new LeadDetails { LastName = "Lima" };
        var same = SizeOf(lima, lima);

        Assert.Equal(same + 36 + 10, SizeOf(lima, new LeadDetails { LastName = "Rossi" }));
        Assert.Equal(
            SizeOf(lima with { Emails = ["a@x.example"] }, lima with { Emails = ["b@x.example"] }) + 40 + 36 + 18,
            SizeOf(lima with { Emails = ["a@x.example"] }, lima with { Emails = ["b@y.example"] }));
        Assert.Equal(SizeOf(Flags("vip"), Flags("vip")) + 40, SizeOf(Flags("vip"), Flags("partner")));

        var batch = LeadBatch.From([Snapshot(lima), Snapshot(lima), Snapshot(lima)]);
        var kept = batch.SizeInBytes();
        _ = batch.TextValues(LeadTextField.Topic);
        Assert.Equal(kept - (3 * 8), batch.SizeInBytes());
    }

    private static LeadSnapshot Snapshot(LeadDetails details) => new() { Id = LeadId.New(), Details = details };
}
