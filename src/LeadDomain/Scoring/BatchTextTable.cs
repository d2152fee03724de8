using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LeadDomain.Scoring;

/// <summary>
/// The distinct values of one text field of a <see cref="LeadBatch"/>, each with an id: 0 is no value (the empty text),
/// the others count from 1 in the order the values first came. Built for the batch's hot path, a look-up per lead and
/// field: an open-addressing table of ids, a hash of the text read eight bytes at a time, an ordinal comparison, and
/// before all that a check for the very string instance of a recent look-up of the same length and first character
/// (leads that share instances: values picked from one list, texts from one importer), then for its value (texts read
/// back from a store, each a string of its own).
/// </summary>
/// <remarks>
/// The quick hash is not randomised, so texts made to collide could make look-ups slow; as
/// <see cref="Dictionary{TKey, TValue}"/> does for strings, a table that sees a probe run longer than its limit hashes
/// everything again with the runtime's randomised string hash, and keeps that. Ids never change.
/// </remarks>
internal sealed class BatchTextTable
{
    private const int DefaultMaxProbes = 48;
    private const int RecentCount = 64;

    private readonly int _maxProbes;
    private string[] _values = new string[16];
    private int[] _hashes = new int[16];
    private int[] _slots = new int[32];
    private int _count = 1;
    private long _chars;

    // The last string instances looked up, by length and first character: leads often share instances (values from one
    // list, one importer), and such a look-up then needs neither the hash nor the comparison.
    private readonly Recent[] _recent = new Recent[RecentCount];

    // The values of the last look-ups of parts of texts, by length and first character, compared by content.
    private readonly Recent[] _recentParts = new Recent[RecentCount];

    /// <summary>Creates an empty table.</summary>
    /// <param name="maxProbes">The longest probe run before the table switches to the randomised hash (a test lowers it).</param>
    internal BatchTextTable(int maxProbes = DefaultMaxProbes)
    {
        _maxProbes = maxProbes;
        _values[0] = string.Empty;
    }

    /// <summary>Gets how many ids there are, the empty text's included.</summary>
    public int Count => _count;

    /// <summary>Gets a value indicating whether the table hashes with the runtime's randomised string hash.</summary>
    public bool IsRandomized { get; private set; }

    /// <summary>Gets the values by id (id 0: the empty text).</summary>
    public ReadOnlySpan<string> Values => _values.AsSpan(0, _count);

    /// <summary>The value with id <paramref name="id"/>.</summary>
    public string this[int id] => _values[id];

    /// <summary>The id of <paramref name="text"/> (0 for null or empty); a new value is kept as the very string given.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IdOf(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        ref var recent = ref _recent[((text.Length * 31) + text[0]) & (RecentCount - 1)];
        return ReferenceEquals(text, recent.Text) ? recent.Id : Remember(ref recent, text);
    }

    /// <summary>
    /// Reads what a look-up of <paramref name="text"/> will read (its slot, and the value there), changing nothing: called
    /// for many texts in a row, the reads overlap, and the look-ups after them find the table in the cache.
    /// </summary>
    /// <returns>A number that depends on the reads, so that they are made.</returns>
    public int Prefetch(string? text)
    {
        if (string.IsNullOrEmpty(text) || ReferenceEquals(text, _recent[((text.Length * 31) + text[0]) & (RecentCount - 1)].Text))
        {
            return 0;
        }

        var id = _slots[Hash(text) & (_slots.Length - 1)];

        // Stryker disable once all : the number only makes the reads happen; nobody reads it
        return id == 0 ? 0 : _hashes[id] + _values[id].Length;
    }

    /// <summary>
    /// The id of <paramref name="text"/> (0 when empty); a new value is kept as a new string. Part of a larger text (an
    /// address's domain), so no instance to recognise: the value of a recent look-up of the same length and first
    /// character is compared first, which for the few values such parts take (domains) spares the hash.
    /// </summary>
    public int IdOf(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        ref var recent = ref _recentParts[((text.Length * 31) + text[0]) & (RecentCount - 1)];
        if (recent.Text is { } value && text.SequenceEqual(value))
        {
            return recent.Id;
        }

        var id = Find(text, null);
        recent = new Recent(_values[id], id);
        return id;
    }

    /// <summary>Each value's string (a header and two bytes a character), its slot and its hash.</summary>
    public long SizeInBytes() => (_count * (24L + 8 + 4)) + (_slots.Length * 4L) + (_chars * 2);

    private int Find(ReadOnlySpan<char> text, string? instance)
    {
        var hash = Hash(text);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        for (var probes = 0; ; probes++)
        {
            var id = _slots[slot];
            if (id == 0)
            {
                if (probes > _maxProbes && !IsRandomized)
                {
                    Rehash(randomize: true);
                    return Find(text, instance);
                }

                return Insert(slot, hash, instance ?? text.ToString());
            }

            if (_hashes[id] == hash && text.SequenceEqual(_values[id]))
            {
                return id;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Insert(int slot, int hash, string value)
    {
        var id = _count;
        if (id == _values.Length)
        {
            Array.Resize(ref _values, id * 2);
            Array.Resize(ref _hashes, id * 2);
        }

        _values[id] = value;
        _hashes[id] = hash;
        _slots[slot] = id;
        _count++;
        _chars += value.Length;
        if (_count * 2 > _slots.Length)
        {
            Rehash(randomize: false);
        }

        return id;
    }

    /// <summary>Rebuilds the slots, twice as many when the table is half full; with <paramref name="randomize"/>, on the randomised hash.</summary>
    private void Rehash(bool randomize)
    {
        if (randomize)
        {
            IsRandomized = true;
            for (var id = 1; id < _count; id++)
            {
                _hashes[id] = Hash(_values[id]);
            }
        }

        var slots = new int[_count * 2 > _slots.Length ? _slots.Length * 2 : _slots.Length];
        var mask = slots.Length - 1;
        for (var id = 1; id < _count; id++)
        {
            var slot = _hashes[id] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = id;
        }

        _slots = slots;
    }

    /// <summary>Looks <paramref name="text"/> up in the table, and keeps it as the recent look-up in its place.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int Remember(ref Recent recent, string text)
    {
        // The same value as the recent look-up in another instance (texts read back from a store are each a string of
        // their own): one comparison spares the hash.
        if (recent.Text is { } value && text.AsSpan().SequenceEqual(value))
        {
            return recent.Id;
        }

        var id = Find(text, text);
        recent = new Recent(text, id);
        return id;
    }

    /// <summary>A string instance looked up lately, and its id.</summary>
    private readonly record struct Recent(string? Text, int Id);

    /// <summary>A hash of the text: the runtime's randomised one, or a quick one over eight bytes at a time.</summary>
    private int Hash(ReadOnlySpan<char> text)
    {
        // Stryker disable once Boolean,Block,Statement : every hash of the table comes from here, so either hash gives the same ids
        if (IsRandomized)
        {
            return string.GetHashCode(text);
        }

        const ulong Multiplier = 0x9E3779B97F4A7C15;
        // Stryker disable once Arithmetic : any hash that is a function of the text gives the same ids
        var h = (ulong)text.Length * Multiplier;
        var words = MemoryMarshal.Cast<char, ulong>(text);
        foreach (var word in words)
        {
            h = BitOperations.RotateLeft((h ^ word) * Multiplier, 31);
        }

        for (var c = words.Length * 4; c < text.Length; c++)
        {
            h = BitOperations.RotateLeft((h ^ text[c]) * Multiplier, 31);
        }

        // Stryker disable once Assignment,Bitwise : any hash that is a function of the text gives the same ids
        h ^= h >> 32;
        return (int)h;
    }
}
