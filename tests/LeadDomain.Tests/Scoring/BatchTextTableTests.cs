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
}
