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

    private static LeadSnapshot Snapshot(LeadDetails details) => new() { Id = LeadId.New(), Details = details };
}
