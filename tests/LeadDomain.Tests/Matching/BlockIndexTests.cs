using LeadDomain.Leads;
using LeadDomain.Matching;

namespace LeadDomain.Tests.Matching;

public sealed class BlockIndexTests
{
    private static MatchProfile Lead(string id, LeadDetails details) => MatchProfile.ForLead(id, details, null);

    /// <summary>a, b and c share one address; b and c also share a phone; d shares nothing.</summary>
    private static IReadOnlyList<MatchProfile> SharingOneAddress() =>
    [
        WithEmail("a", "x@x.example"),
        Lead("b", new LeadDetails { Emails = ["x@x.example"], MobilePhone = "+1 425 555 0100" }),
        Lead("c", new LeadDetails { Emails = ["x@x.example"], MobilePhone = "+1 425 555 0100" }),
        WithEmail("d", "d@other.example"),
    ];

    private static MatchProfile WithEmail(string id, string email) => Lead(id, new LeadDetails { Emails = [email] });

    private static ulong EmailKey(string email) => Blocking.Hash(1, email);

    [Theory]
    [InlineData(new ulong[] { 1, 2, 2, 2, 3 }, 2, 1, 4)]
    [InlineData(new ulong[] { 1, 2, 2, 2, 3 }, 1, 1, 4)]
    [InlineData(new ulong[] { 1, 2, 2, 2, 3 }, 3, 1, 4)]
    [InlineData(new ulong[] { 1, 2, 2, 2, 3 }, 0, 0, 1)]
    [InlineData(new ulong[] { 1, 2, 2, 2, 3 }, 4, 4, 5)]
    [InlineData(new ulong[] { 5, 5, 5 }, 1, 0, 3)]
    [InlineData(new ulong[] { 5 }, 0, 0, 1)]
    public void The_equal_range_is_the_run_of_equal_keys_around_a_position(ulong[] keys, int at, int start, int end)
    {
        Assert.Equal((start, end), BlockIndex.EqualRange(keys, at));
    }

    [Fact]
    public void Keys_are_kept_when_shared_by_least_to_most_records()
    {
        IReadOnlyList<MatchProfile> profiles =
        [
            WithEmail("a", "three@x.example"), WithEmail("b", "two@x.example"), WithEmail("c", "three@x.example"),
            WithEmail("d", "one@x.example"), WithEmail("e", "two@x.example"), WithEmail("f", "three@x.example"),
        ];

        var pairs = BlockIndex.Build(profiles, 2, 3, CancellationToken.None);
        var singles = BlockIndex.Build(profiles, 1, 3, CancellationToken.None);
        var atMostTwo = BlockIndex.Build(profiles, 2, 2, CancellationToken.None);

        Assert.Equal([0, 2, 5], pairs.Find(EmailKey("three@x.example")).ToArray());
        Assert.Equal([1, 4], pairs.Find(EmailKey("two@x.example")).ToArray());
        Assert.True(pairs.Find(EmailKey("one@x.example")).IsEmpty);
        Assert.True(pairs.Find(EmailKey("nobody@x.example")).IsEmpty);
        Assert.Equal([3], singles.Find(EmailKey("one@x.example")).ToArray());
        Assert.True(atMostTwo.Find(EmailKey("three@x.example")).IsEmpty);
        Assert.Equal([1, 4], atMostTwo.Find(EmailKey("two@x.example")).ToArray());
        Assert.True(singles.Count > pairs.Count);
        Assert.True(pairs.Count > atMostTwo.Count);
        Assert.Equal(0, BlockIndex.Build([], 1, 50, CancellationToken.None).Count);
    }

    [Fact]
    public void Every_pair_sharing_a_key_is_compared_once_the_lower_position_first()
    {
        var profiles = SharingOneAddress();
        var index = BlockIndex.Build(profiles, 2, 50, CancellationToken.None);
        var compared = new List<(int, int)>();
        var done = new List<int>();

        index.ForEachPair(profiles.Count, compared, static (_, _, _, _) => true, static (list, i, j) => list.Add((i, j)), (_, i) => done.Add(i), CancellationToken.None);

        Assert.Equal([(0, 1), (0, 2), (1, 2)], compared);
        Assert.Equal([0, 1, 2, 3], done);
    }

    [Fact]
    public void A_record_s_candidates_are_read_ahead_before_they_are_compared()
    {
        var profiles = SharingOneAddress();
        var index = BlockIndex.Build(profiles, 2, 50, CancellationToken.None);
        var events = new List<string>();

        index.ForEachPair(
            profiles.Count,
            events,
            static (_, _, _, _) => true,
            static (list, candidates) => list.Add("ahead " + string.Join(',', candidates.ToArray())),
            static (list, i, j) => list.Add($"{i}-{j}"),
            null,
            CancellationToken.None);

        // Each record's candidates once (a pair sharing two keys is one candidate), then their comparisons in that order.
        Assert.Equal(["ahead 1,2", "0-1", "0-2", "ahead 2", "1-2", "ahead ", "ahead "], events);
    }

    [Fact]
    public void More_candidates_than_the_first_buffer_holds_are_all_read_ahead_and_compared()
    {
        // 70 records of one address: record 0 has 69 candidates, more than the 64 the gathering starts with.
        var profiles = Enumerable.Range(0, 70).Select(i => WithEmail($"r{i:D2}", "x@x.example")).ToList();
        var index = BlockIndex.Build(profiles, 2, 100, CancellationToken.None);
        var ahead = new List<int[]>();
        var compared = 0;

        index.ForEachPair(profiles.Count, ahead, static (_, _, _, _) => true, static (list, candidates) => list.Add(candidates.ToArray()), (_, _, _) => compared++, null, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 69), ahead[0]);
        Assert.Equal(70 * 69 / 2, compared);
    }

    [Fact]
    public void An_organisation_key_proposes_a_pair_only_when_allowed_and_other_keys_still_do()
    {
        // Three accounts of one website (an organisation key); b and c also share an e-mail address.
        IReadOnlyList<MatchProfile> profiles =
        [
            MatchProfile.ForAccount(new ExistingAccount("a") { Website = "contoso.example" }, null),
            MatchProfile.ForAccount(new ExistingAccount("b") { Website = "contoso.example", Emails = ["info@contoso.example"] }, null),
            MatchProfile.ForAccount(new ExistingAccount("c") { Website = "contoso.example", Emails = ["info@contoso.example"] }, null),
        ];
        var index = BlockIndex.Build(profiles, 2, 50, CancellationToken.None);
        var refused = new List<(int, int)>();
        var allowed = new List<(int, int)>();
        var asked = new List<(int, int)>();

        index.ForEachPair(profiles.Count, refused, (_, i, j, _) => { asked.Add((i, j)); return false; }, static (list, i, j) => list.Add((i, j)), null, CancellationToken.None);
        index.ForEachPair(profiles.Count, allowed, static (_, _, _, _) => true, static (list, i, j) => list.Add((i, j)), null, CancellationToken.None);

        Assert.Equal([(1, 2)], refused);
        Assert.Contains((0, 1), asked);
        Assert.Contains((0, 2), asked);
        Assert.Equal([(0, 1), (0, 2), (1, 2)], allowed.Order());
    }

    [Fact]
    public void A_cancelled_search_stops()
    {
        IReadOnlyList<MatchProfile> profiles = [WithEmail("a", "x@x.example"), WithEmail("b", "x@x.example")];
        var index = BlockIndex.Build(profiles, 2, 50, CancellationToken.None);
        var cancelled = new CancellationToken(canceled: true);

        Assert.Throws<OperationCanceledException>(() => BlockIndex.Build(profiles, 2, 50, cancelled));
        Assert.Throws<OperationCanceledException>(() => BlockIndex.Build([], 2, 50, cancelled));
        Assert.Throws<OperationCanceledException>(() => index.ForEachPair(2, 0, static (_, _, _, _) => true, static (_, _, _) => { }, null, cancelled));
    }

    [Fact]
    public void A_cancelled_search_stops_before_its_first_record()
    {
        IReadOnlyList<MatchProfile> one = [WithEmail("a", "x@x.example")];
        var index = BlockIndex.Build(one, 1, 50, CancellationToken.None);
        var done = new List<int>();

        Assert.Throws<OperationCanceledException>(() => index.ForEachPair(1, done, static (_, _, _, _) => true, static (_, _, _) => { }, static (list, i) => list.Add(i), new CancellationToken(canceled: true)));
        Assert.Empty(done);
    }

    [Fact]
    public void Records_with_more_keys_than_first_reserved_are_all_filed()
    {
        // 100 records with four phones each (a phone gives its number and one key per digit deleted: some 40 keys a
        // record, past the 16 a record first reserved); record i and i + 50 share their last phone.
        var profiles = Enumerable.Range(0, 100).Select(i => Lead($"r{i:D2}", new LeadDetails
        {
            MobilePhone = $"+1 425 {100 + i:D3} {1000 + i:D4}",
            HomePhone = $"+1 503 {100 + i:D3} {2000 + i:D4}",
            OtherPhone = $"+1 206 {100 + i:D3} {3000 + i:D4}",
            BusinessPhone = $"+1 312 {100 + (i % 50):D3} {4000 + (i % 50):D4}",
        })).ToList();

        var index = BlockIndex.Build(profiles, 2, 50, CancellationToken.None);
        var compared = new List<(int, int)>();
        index.ForEachPair(profiles.Count, compared, static (_, _, _, _) => true, static (list, i, j) => list.Add((i, j)), null, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => (i, i + 50)), compared.Where(p => p.Item2 == p.Item1 + 50));
        Assert.Equal([0, 50], index.Find(Blocking.Hash(4, "3121004000")).ToArray()); // the shared number's own key
    }
}
