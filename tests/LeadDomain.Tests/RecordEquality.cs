using System.Collections;
using System.Reflection;
using LeadDomain.Conversion;
using LeadDomain.Leads;
using LeadDomain.Prediction;

namespace LeadDomain.Tests;

/// <summary>
/// Checks of a record's value equality, member by member, by reflection: every settable member takes part, and the
/// lists and dictionaries a record holds compare by content (a record's own equality compares them by reference).
/// </summary>
internal static class RecordEquality
{
    /// <summary>The names of <typeparamref name="T"/>'s public settable members, for a theory.</summary>
    public static TheoryData<string> Members<T>() =>
        [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name)];

    /// <summary>A copy of <paramref name="sample"/> with member <paramref name="name"/> changed alone differs from it, both ways.</summary>
    public static void AssertMemberCounts<T>(T sample, string name)
        where T : class
    {
        var property = typeof(T).GetProperty(name)!;
        var changed = Clone(sample);
        property.SetValue(changed, Other(property.PropertyType, property.GetValue(sample)));

        Assert.NotEqual(sample, changed);
        Assert.NotEqual(changed, sample);
        Assert.False(sample.Equals((object)changed));
    }

    /// <summary>
    /// A copy of <paramref name="sample"/> whose lists and dictionaries are new instances with the same items equals it,
    /// with the same hash; <paramref name="sample"/> should hold at least one item in each.
    /// </summary>
    public static void AssertCollectionsCompareByContent<T>(T sample)
        where T : class
    {
        var copy = Clone(sample);
        var copied = 0;
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            if (property.GetValue(sample) is { } value && CopyOf(property.PropertyType, value) is { } items)
            {
                Assert.NotSame(property.GetValue(sample), items);
                property.SetValue(copy, items);
                copied++;
            }
        }

        Assert.True(copied > 0, $"{typeof(T).Name} has no list or dictionary to copy.");
        Assert.Equal(sample, copy);
        Assert.True(sample.Equals((object)copy));
        Assert.Equal(sample.GetHashCode(), copy.GetHashCode());
    }

    /// <summary>A value of <paramref name="type"/> other than <paramref name="value"/>.</summary>
    public static object? Other(Type type, object? value)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain switch
        {
            _ when plain == typeof(string) => value is "other" ? "another" : "other",
            _ when plain == typeof(bool) => value is not true,
            _ when plain == typeof(int) => value is 7 ? 8 : 7,
            _ when plain == typeof(double) => value is double d && d < 0.5 ? d + 0.125 : 0.375,
            _ when plain == typeof(Money) => value is Money { Amount: 1 } ? new Money(2, "USD") : new Money(1, "USD"),
            _ when plain == typeof(PostalAddress) => new PostalAddress("Other street 1"),
            _ when plain == typeof(LeadId) => LeadId.New(),
            _ when plain == typeof(AccountRecord) => new AccountRecord { Id = value is AccountRecord { Id: "other" } ? "another" : "other" },
            _ when plain == typeof(ContactRecord) => new ContactRecord { Id = value is ContactRecord { Id: "other" } ? "another" : "other" },
            _ when plain.IsEnum => Enum.GetValues(plain).Cast<object>().First(v => !v.Equals(value)),
            _ when plain == typeof(IReadOnlyList<string>) => new[] { "other@kimia.example" },
            _ when plain == typeof(IReadOnlyList<PredictionField>) =>
                new[] { value is IReadOnlyList<PredictionField> { Count: > 0 } fields && fields[0] == PredictionField.Owner ? PredictionField.Industry : PredictionField.Owner },
            _ when plain == typeof(IReadOnlyDictionary<string, CustomFieldValue>) =>
                new Dictionary<string, CustomFieldValue> { ["other"] = CustomFieldValue.FromText("w") },
            _ when plain == typeof(IReadOnlyDictionary<TargetField, FieldMergePolicy>) =>
                new Dictionary<TargetField, FieldMergePolicy> { [ContactFields.JobTitle] = FieldMergePolicy.Overwrite },
            _ when plain == typeof(IReadOnlyDictionary<LeadField, LeadId>) =>
                new Dictionary<LeadField, LeadId> { [LeadField.JobTitle] = LeadId.New() },
            _ => throw new InvalidOperationException($"No other value for {type}; add one to RecordEquality.Other."),
        };
    }

    private static T Clone<T>(T sample) => (T)typeof(T).GetMethod("<Clone>$")!.Invoke(sample, null)!;

    /// <summary>
    /// A new list or dictionary with the items of <paramref name="items"/>, for a member declared as
    /// <see cref="IReadOnlyList{T}"/> or <see cref="IReadOnlyDictionary{TKey, TValue}"/> (<paramref name="declared"/>);
    /// null for a member of any other type.
    /// </summary>
    private static object? CopyOf(Type declared, object items)
    {
        var copy = !declared.IsGenericType ? null
            : declared.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) ? nameof(CopyDictionary)
            : declared.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? nameof(CopyList)
            : null;
        return copy is null ? null
            : typeof(RecordEquality).GetMethod(copy, BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(declared.GetGenericArguments()).Invoke(null, [items]);
    }

    private static Dictionary<TKey, TValue> CopyDictionary<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> items)
        where TKey : notnull => items.ToDictionary(x => x.Key, x => x.Value);

    private static List<T> CopyList<T>(IReadOnlyList<T> items) => [.. items];
}

/// <summary>
/// The equality tests of a record type, inherited by its test class: every settable member takes part, and its lists
/// and dictionaries compare by content.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public abstract class RecordEqualityTests<T>
    where T : class
{
    /// <summary>The names of <typeparamref name="T"/>'s settable members.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "xunit reads a theory's data from a static member.")]
    public static TheoryData<string> EqualityMembers => RecordEquality.Members<T>();

    /// <summary>Gets a record with a value in each member, and at least one item in each list and dictionary.</summary>
    protected abstract T EqualitySample { get; }

    [Theory]
    [MemberData(nameof(EqualityMembers))]
    public void Equal_but_for_one_member_is_not_equal(string name) => RecordEquality.AssertMemberCounts(EqualitySample, name);

    [Fact]
    public void Lists_and_dictionaries_compare_by_content_not_by_instance() => RecordEquality.AssertCollectionsCompareByContent(EqualitySample);
}

/// <summary>Every public record of the library that holds a list or a dictionary compares it by content.</summary>
public sealed class PublicRecordEqualityTests
{
    [Fact]
    public void Every_public_record_with_a_list_or_a_dictionary_writes_its_own_equality()
    {
        var records = typeof(Lead).Assembly.GetExportedTypes()
            .Where(t => t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null)
            .ToList();
        var missing = records
            .Where(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Any(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType)))
            .Where(t => t.GetMethod("Equals", [t]) is not { } equals || equals.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(records.Count > 20, $"Only {records.Count} records found: the check does not see them.");
        Assert.Empty(missing);
    }
}
