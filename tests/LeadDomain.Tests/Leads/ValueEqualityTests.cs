using System.Collections.Immutable;
using FsCheck.Xunit;
using LeadDomain.Leads;

namespace LeadDomain.Tests.Leads;

/// <summary>ValueEquality.cs: lists and dictionaries compared by content, null only equal to null.</summary>
public sealed class ValueEqualityTests
{
    [Property(MaxTest = 200)]
    public void A_list_equals_a_copy_of_itself_and_differs_from_it_with_one_item_changed_or_added(int[] items, int at)
    {
        IReadOnlyList<int> copy = [.. items];

        Assert.True(ValueEquality.SameItems<int>(items, copy));
        Assert.False(ValueEquality.SameItems<int>(items, [.. items, 1]));
        Assert.False(ValueEquality.SameItems<int>([.. items, 1], items));
        if (items.Length > 0)
        {
            var changed = items.ToArray();
            changed[Math.Abs(at % items.Length)] ^= 1;
            Assert.False(ValueEquality.SameItems<int>(items, changed));
        }
    }

    [Fact]
    public void Lists_compare_in_order_and_null_equals_only_null()
    {
        Assert.False(ValueEquality.SameItems<string>(["a", "b"], ["b", "a"]));
        Assert.True(ValueEquality.SameItems<string>(null, null));
        Assert.False(ValueEquality.SameItems<string>(null, []));
        Assert.False(ValueEquality.SameItems<string>([], null));
        Assert.True(ValueEquality.SameItems<string?>([null, "a"], [null, "a"]));
        Assert.False(ValueEquality.SameItems<string>(["a"], ["A"]));
    }

    [Fact]
    public void Dictionaries_compare_by_entries_whatever_their_kind_or_order()
    {
        var a = new Dictionary<string, int> { ["x"] = 1, ["y"] = 2 };
        var b = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, int> { ["y"] = 2, ["x"] = 1 });

        Assert.True(ValueEquality.SameEntries<string, int>(a, b));
        Assert.True(ValueEquality.SameEntries<string, int>(b, a));
        Assert.False(ValueEquality.SameEntries<string, int>(a, b.SetItem("y", 3)));
        Assert.False(ValueEquality.SameEntries<string, int>(a, b.Remove("y").Add("z", 2)));
        Assert.False(ValueEquality.SameEntries<string, int>(a, b.Add("z", 3)));
        Assert.False(ValueEquality.SameEntries<string, int>(b.Add("z", 3), a));
        Assert.True(ValueEquality.SameEntries<string, int>(null, null));
        Assert.False(ValueEquality.SameEntries<string, int>(a, null));
        Assert.False(ValueEquality.SameEntries<string, int>(null, a));
    }
}
