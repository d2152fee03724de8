using Ardalis.GuardClauses;
using NodaTime;

namespace LeadDomain.Analytics;

/// <summary>
/// How a funnel report buckets time: the time zone and calendar of the people reading it, and the period length.
/// For example <c>new FunnelOptions(DateTimeZoneProviders.Tzdb["Asia/Tehran"], CalendarSystem.PersianArithmetic, PeriodUnit.Month)</c>.
/// </summary>
public sealed record FunnelOptions
{
    /// <summary>Initializes options.</summary>
    /// <param name="zone">The time zone instants are read in.</param>
    /// <param name="calendar">The calendar periods are counted in (ISO, Gregorian, Persian, Hijri, ...).</param>
    /// <param name="period">The period length.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="period"/> is not a defined unit.</exception>
    public FunnelOptions(DateTimeZone zone, CalendarSystem calendar, PeriodUnit period = PeriodUnit.Month)
    {
        Zone = Guard.Against.Null(zone);
        Calendar = Guard.Against.Null(calendar);
        Period = Guard.Against.EnumOutOfRange(period);
    }

    /// <summary>Gets monthly periods in UTC and the ISO calendar.</summary>
    public static FunnelOptions Default { get; } = new(DateTimeZone.Utc, CalendarSystem.Iso);

    /// <summary>Gets the time zone instants are read in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the calendar periods are counted in.</summary>
    public CalendarSystem Calendar { get; }

    /// <summary>Gets the period length.</summary>
    public PeriodUnit Period { get; }

    /// <summary>The first day of the period holding <paramref name="instant"/>, in the zone and calendar.</summary>
    internal LocalDate PeriodStart(Instant instant)
    {
        var date = instant.InZone(Zone, Calendar).Date;
        return Period switch
        {
            PeriodUnit.Day => date,
            PeriodUnit.Month => new LocalDate(date.Year, date.Month, 1, Calendar),
            _ => new LocalDate(date.Year, 1, 1, Calendar),
        };
    }

    /// <summary>The first day after the period starting at <paramref name="start"/>.</summary>
    internal LocalDate PeriodEnd(LocalDate start) => Period switch
    {
        PeriodUnit.Day => start.PlusDays(1),
        PeriodUnit.Month => start.PlusMonths(1),
        _ => start.PlusYears(1),
    };
}
