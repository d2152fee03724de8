using FsCheck;
using FsCheck.Fluent;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

/// <summary>
/// The index's radix sort: the same order as a stable sort by key (equal keys keep their input order, so the records of
/// one run stay in input order), whatever the keys' digits.
/// </summary>
public sealed class BlockIndexProperties
{
    [Fact]
    public void Radix_sort_is_a_stable_sort_by_key()
    {
        // Keys drawn from a few values per 16-bit digit, so that runs of equal keys are long and every digit differs
        // somewhere (or, in some cases, nowhere, and its pass is skipped).
        var keys = Gen.Choose(0, 3).ArrayOf().Select(parts => parts.Select((p, i) => Key(p, i)).ToArray());
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(keys.ToArbitrary(), input =>
        {
            var sorted = input.ToArray();
            var owners = Enumerable.Range(0, input.Length).ToArray();
            BlockIndex.RadixSort(sorted, owners);
            var expected = input.Select((key, owner) => (key, owner)).OrderBy(e => e.key).ToArray();
            return expected.Select(e => e.key).SequenceEqual(sorted) && expected.Select(e => e.owner).SequenceEqual(owners);
        }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000)]
    public void Radix_sort_orders_random_keys(int length)
    {
        var random = new Random(length);
        var keys = new ulong[length];
        for (var i = 0; i < length; i++)
        {
            keys[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
        }

        var expected = keys.Select((key, owner) => (key, owner)).OrderBy(e => e.key).ToArray();
        var owners = Enumerable.Range(0, length).ToArray();
        BlockIndex.RadixSort(keys, owners);
        Assert.Equal(expected.Select(e => e.key), keys);
        Assert.Equal(expected.Select(e => e.owner), owners);
    }

    // A key whose four 16-bit digits each take one of a few values, chosen by the part and the position.
    private static ulong Key(int part, int i) => ((ulong)(part & 1) << 3) | ((ulong)((part >> 1) ^ (i % 3 == 0 ? 1 : 0)) << 20) | ((ulong)part << 40) | ((ulong)(i % 2) << 62);
}
