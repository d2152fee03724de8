using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Scoring;

namespace LeadDomain.Tests.Scoring;

/// <summary>
/// A batch's text table gives equal texts one id and different texts different ids, counting from 1 in the order
/// values first come (0: null or empty), whatever the string instances, and keeps doing so after it switches to the
/// randomised hash.
/// </summary>
public sealed class BatchTextTableProperties
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void Equal_texts_share_an_id_and_ids_count_in_order_of_first_sight()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var texts = Enumerable.Range(0, random.Next(0, 400)).Select(_ => RandomText(random)).ToArray();
            var quick = new BatchTextTable();
            var colliding = new BatchTextTable(maxProbes: 0);
            var parts = new BatchTextTable();
            var expected = new Dictionary<string, int>(StringComparer.Ordinal) { [string.Empty] = 0 };
            foreach (var text in texts)
            {
                var id = expected.TryGetValue(text ?? string.Empty, out var known) ? known : expected[text!] = expected.Count;
                var copy = text is null ? null : new string(text.AsSpan());
                if (quick.IdOf(text) != id || quick.IdOf(copy) != id || quick.IdOf(text.AsSpan()) != id || colliding.IdOf(copy) != id
                    || parts.IdOf(("<" + text + ">").AsSpan(1, (text?.Length ?? 0))) != id)
                {
                    return false.Label($"seed {seed}: '{text}' should have id {id}");
                }
            }

            var values = expected.OrderBy(e => e.Value).Select(e => e.Key).ToArray();
            return (quick.Values.SequenceEqual(values) && colliding.Values.SequenceEqual(values) && quick.Count == values.Length && parts.Values.SequenceEqual(values))
                .Label($"seed {seed}: the values by id");
        }));
    }

    [Fact]
    public void Long_probe_runs_switch_the_table_to_the_randomised_hash()
    {
        var table = new BatchTextTable(maxProbes: 0);
        var ids = Enumerable.Range(0, 1_000).Select(i => table.IdOf($"text {i}")).ToArray();

        Assert.True(table.IsRandomized);
        Assert.False(new BatchTextTable().IsRandomized);
        Assert.Equal(Enumerable.Range(1, 1_000), ids);
        Assert.Equal(Enumerable.Range(1, 1_000), Enumerable.Range(0, 1_000).Select(i => table.IdOf($"text {i}")));
        Assert.Equal("text 7", table[8]);
    }

    [Fact]
    public void A_new_value_is_kept_as_the_very_string_given()
    {
        var table = new BatchTextTable();
        var text = new string('x', 3);

        table.IdOf(text);

        Assert.Same(text, table[1]);
        Assert.Equal(0, table.IdOf(string.Empty));
        Assert.Equal(0, table.IdOf(ReadOnlySpan<char>.Empty));
        Assert.True(table.SizeInBytes() > 0);
    }

    /// <summary>Few distinct texts, so that many repeat: short and long, Latin and Persian, some sharing a prefix and a suffix.</summary>
    private static string? RandomText(Random random) => random.Next(10) switch
    {
        0 => null,
        1 => string.Empty,
        2 => ((char)('a' + random.Next(3))).ToString(),
        3 => "شرکت " + random.Next(5),
        4 => "Contoso Ltd - " + (random.Next(2) == 0 ? "Sara" : "John") + " Karimi",
        _ => new string('w', random.Next(1, 40)) + random.Next(8),
    };

    [Fact]
    public void A_text_seen_again_as_the_same_instance_or_as_an_equal_string_keeps_its_id()
    {
        var table = new BatchTextTable();
        var software = "Software";
        var sales = "Sales";

        Assert.Equal(1, table.IdOf(software));
        Assert.Equal(2, table.IdOf(sales));
        Assert.Equal(1, table.IdOf(software));
        Assert.Equal(1, table.IdOf(new string("Software".AsSpan())));
        Assert.Equal(2, table.IdOf("Sales".AsSpan()));
        Assert.Equal(3, table.IdOf("SOFTWARE")); // same length and first letter as "Software": one recent slot, two values
        Assert.Equal(1, table.IdOf(software));
        Assert.Equal(0, table.Prefetch(null));
        Assert.Equal(0, table.IdOf(string.Empty));
        Assert.Equal(4, table.Count);
    }
}
