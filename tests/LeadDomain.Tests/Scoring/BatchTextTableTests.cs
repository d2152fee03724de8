using LeadDomain.Scoring;

namespace LeadDomain.Tests.Scoring;

/// <summary><c>BatchTextTable.cs</c>: what the table counts of its size, and what a read-ahead leaves unchanged.</summary>
public sealed class BatchTextTableTests
{
    [Fact]
    public void The_size_counts_each_distinct_value_once_with_two_bytes_a_character_and_the_slots()
    {
        // Per value (the empty text's included) a string header, a reference and a hash (24 + 8 + 4 bytes) and two
        // bytes a character; four bytes a slot, 32 slots at first and twice as many once half are taken.
        var table = new BatchTextTable();
        Assert.Equal(36 + (32 * 4), table.SizeInBytes());

        table.IdOf("abc");
        table.IdOf(new string("abc".AsSpan()));
        table.IdOf("xabcx".AsSpan(1, 3));
        Assert.Equal((2 * 36) + 6 + (32 * 4), table.SizeInBytes());

        table.IdOf("de".AsSpan());
        Assert.Equal((3 * 36) + 10 + (32 * 4), table.SizeInBytes());

        for (var i = 0; i < 13; i++)
        {
            table.IdOf($"{i:D2}");
        }

        // 16 values: half of 32 slots, not more.
        Assert.Equal((16 * 36) + 10 + (13 * 4) + (32 * 4), table.SizeInBytes());
        table.IdOf("zz");
        Assert.Equal((17 * 36) + 10 + (14 * 4) + (64 * 4), table.SizeInBytes());

        // No probe run came near the limit: the quick hash is kept.
        Assert.False(table.IsRandomized);
    }

    [Fact]
    public void A_read_ahead_changes_no_id_and_adds_no_value()
    {
        var table = new BatchTextTable();
        var known = "Contoso";
        table.IdOf(known);
        var before = table.SizeInBytes();

        _ = table.Prefetch(known);
        _ = table.Prefetch(new string(known.AsSpan()));
        _ = table.Prefetch("Fabrikam");
        _ = table.Prefetch(null);
        _ = table.Prefetch(string.Empty);

        Assert.Equal(2, table.Count);
        Assert.Equal(before, table.SizeInBytes());
        Assert.Equal(2, table.IdOf("Fabrikam"));
        Assert.Equal(1, table.IdOf(new string(known.AsSpan())));
    }

    [Fact]
    public void Two_values_of_one_quick_hash_keep_ids_of_their_own()
    {
        // "lead-0060628" and "lead-0084137" have the same quick hash (1622617864, found by a search over the hash as
        // written here): the second is met in the first's slot, and only the comparison of the values tells them apart.
        var table = new BatchTextTable();

        Assert.Equal(1, table.IdOf("lead-0060628"));
        Assert.Equal(2, table.IdOf("lead-0084137"));
        Assert.Equal(1, table.IdOf(new string("lead-0060628".AsSpan())));
        Assert.Equal(2, table.IdOf("lead-0084137".AsSpan()));
        Assert.False(table.IsRandomized);
    }

    [Fact]
    public void A_table_switches_to_the_randomised_hash_only_past_its_probe_limit()
    {
        // With a limit of 0 probes, a first value found its slot empty at once (0 probes, not past the limit); the
        // table switches on the first value that has to probe further.
        var table = new BatchTextTable(maxProbes: 0);
        table.IdOf("Contoso");
        Assert.False(table.IsRandomized);

        for (var i = 0; i < 16 && !table.IsRandomized; i++)
        {
            table.IdOf($"value {i}");
        }

        Assert.True(table.IsRandomized);
        Assert.Equal(1, table.IdOf(new string("Contoso".AsSpan())));
    }

    [Fact]
    public void A_read_ahead_of_any_text_stays_within_the_table()
    {
        // "!" falls on the last recent slot's neighbour for a mask one too wide (31 + 33 = 64); the others, on slots
        // past the 32 of a new table for a mask one too wide there.
        var table = new BatchTextTable();
        table.IdOf("Contoso");

        foreach (var text in Enumerable.Range(0, 64).Select(i => $"text {i}").Append("!"))
        {
            _ = table.Prefetch(text);
        }

        Assert.Equal(2, table.Count);
    }
}
