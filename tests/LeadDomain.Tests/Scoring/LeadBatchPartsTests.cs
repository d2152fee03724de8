using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Leads;
using LeadDomain.Scoring;
using NodaTime;

namespace LeadDomain.Tests.Scoring;

/// <summary>
/// Building a batch from a list in parts on several threads (<c>LeadBatch.Parts.cs</c>) gives the batch one thread
/// builds, column for column and id for id; a bad lead in any part is reported as one thread reports it.
/// </summary>
public sealed class LeadBatchPartsTests
{
    private static readonly Instant Now = TestLeads.Start + Duration.FromDays(90);
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void A_batch_built_in_parts_is_the_batch_one_thread_builds()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var leads = Enumerable.Range(0, random.Next(1, 120)).Select(_ => LeadBatchProperties.RandomLead(random)).ToArray();
            var snapshots = leads.Select(l => l.ToSnapshot()).ToArray();
            var parts = random.Next(2, 6);
            var one = LeadBatch.From(snapshots, parts: 1);
            var inParts = LeadBatch.From(snapshots, parts);
            var leadsInParts = LeadBatch.From(leads, parts);
            var expected = Dump(one);
            if (Dump(inParts) != expected || Dump(leadsInParts) != expected)
            {
                return false.Label($"seed {seed}, {parts} parts: the columns differ");
            }

            // Once every field is interned too (in lead order, the same ids), and the scores are the same.
            var model = LeadBatchProperties.RandomModel(random);
            var a = new LeadScore[leads.Length];
            var b = new LeadScore[leads.Length];
            model.Score(one, a, Now);
            model.Score(inParts, b, Now);
            return (Dump(Interned(one)) == Dump(Interned(inParts)) && a.SequenceEqual(b)).Label($"seed {seed}, {parts} parts: differ once interned");
        }));
    }

    [Fact]
    public void The_public_builds_match_one_thread_on_a_list_large_enough_for_parts()
    {
        var random = new Random(7);
        var leads = Enumerable.Range(0, (2 * LeadBatch.MinLeadsPerPart) + 5).Select(_ => LeadBatchProperties.RandomLead(random, maxActivities: 3)).ToArray();
        var snapshots = leads.Select(l => l.ToSnapshot()).ToArray();

        var expected = Dump(LeadBatch.From(snapshots, parts: 1));

        Assert.Equal(expected, Dump(LeadBatch.From(snapshots)));
        Assert.Equal(expected, Dump(LeadBatch.From(leads)));
        Assert.Equal(expected, Dump(LeadBatch.From(snapshots.Select(s => s))));
    }

    [Fact]
    public void A_bad_snapshot_in_a_later_part_is_reported_as_one_thread_reports_it()
    {
        var random = new Random(3);
        var snapshots = Enumerable.Range(0, 40).Select(_ => LeadBatchProperties.RandomLead(random).ToSnapshot()).ToArray();
        snapshots[25] = snapshots[25] with { Details = null! };
        snapshots[35] = null!;

        var inParts = Assert.Throws<ArgumentException>(() => LeadBatch.From(snapshots, parts: 4));
        var one = Assert.Throws<ArgumentException>(() => LeadBatch.From(snapshots, parts: 1));

        Assert.Equal(one.Message, inParts.Message);
        Assert.Equal("snapshots", inParts.ParamName);
    }

    [Fact]
    public void A_null_lead_in_a_part_is_refused()
    {
        var random = new Random(4);
        var leads = Enumerable.Range(0, 10).Select(_ => LeadBatchProperties.RandomLead(random)).ToArray();
        leads[9] = null!;

        var error = Assert.Throws<ArgumentException>(() => LeadBatch.From(leads, parts: 3));

        Assert.Equal("leads", error.ParamName);
    }

    /// <summary>The batch with every text field interned.</summary>
    private static LeadBatch Interned(LeadBatch batch)
    {
        foreach (var field in Enum.GetValues<LeadTextField>())
        {
            _ = batch.TextValues(field);
        }

        return batch;
    }

    /// <summary>Everything a batch holds, as text: ids, rows, activity columns, distinct values, sets, types.</summary>
    internal static string Dump(LeadBatch batch)
    {
        var text = new StringBuilder();
        for (var i = 0; i < batch.Count; i++)
        {
            var r = batch.Rows[i];
            text.Append(batch.IdAt(i)).Append(' ').Append(r.Source).Append(' ').Append(r.Timeframe).Append(' ').Append(r.DecisionMaker).Append(' ')
                .Append(r.Presence).Append(' ').Append(r.HasEmployees).Append(' ').Append(r.Employees).Append(' ').Append(r.RevenueCurrency).Append(' ')
                .Append(r.BudgetCurrency).Append(' ').Append(r.Revenue).Append(' ').Append(r.Budget).Append(' ').Append(r.FlagSet).Append(" texts");
            foreach (var field in Enum.GetValues<LeadTextField>())
            {
                text.Append(' ').Append(r.Text(field));
            }

            text.Append(" activities ").Append(batch.Counts[i]).Append(':');
            for (var j = batch.Starts[i]; j < batch.Starts[i] + batch.Counts[i]; j++)
            {
                text.Append(' ').Append(batch.Ticks[j]).Append('/').Append(batch.TypeIds[j]).Append('/').Append(batch.LogOrder[j]);
            }

            text.AppendLine();
        }

        text.Append("activity columns ").Append(batch.ActivityEnd).Append(' ').Append(batch.Ticks.Length).AppendLine();
        foreach (var field in Enum.GetValues<LeadTextField>())
        {
            text.Append(field).Append(": ");
            if (batch.KeptTexts(field) is { } kept)
            {
                text.Append("kept ").AppendJoin('|', kept.Take(batch.Count).Select(t => t ?? "<null>"));
            }
            else
            {
                text.AppendJoin('|', batch.TextValues(field).ToArray());
            }

            text.AppendLine();
        }

        text.Append("domain sets ").AppendJoin(';', batch.DomainSets.Select(s => string.Join(',', s))).AppendLine();
        text.Append("flag sets ").AppendJoin(';', batch.FlagSets.Select(s => string.Join(',', s))).AppendLine();
        text.Append("currencies ").AppendJoin(';', batch.Currencies.Select(c => c ?? "<null>")).AppendLine();
        text.Append("types ").AppendJoin(';', Enumerable.Range(0, batch.TypeCount).Select(t => batch.TypeAt(t).Code)).AppendLine();
        return text.ToString();
    }
}
