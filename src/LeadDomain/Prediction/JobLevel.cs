namespace LeadDomain.Prediction;

/// <summary>
/// How senior a person is, read from the words of their job title (<see cref="PredictionField.JobLevel"/>): the
/// job-title bucket that predictive scoring learns from, since titles themselves are too many and too varied to learn
/// from one by one.
/// </summary>
/// <remarks>
/// Titles are read in English, Portuguese, Persian and Arabic, folded as the rest of the library folds text and matched
/// word by word (so "Director" is not read as "CTO"): "VP", "Vice President", "Vice-Presidente", "معاون", "نائب" are
/// <see cref="VicePresident"/>; "CEO", "Chief …", "Founder", "President", "Owner", "Managing Director", "Sócio",
/// "مدیرعامل", "بنیانگذار", "الرئيس التنفيذي" are <see cref="Executive"/>; "Director", "Diretor", "Head", "مدیر",
/// "مدير", "رئیس" are <see cref="Director"/>; "Manager", "Gerente", "Lead", "Supervisor", "Coordinator", "سرپرست",
/// "مسئول", "مشرف" are <see cref="Manager"/>; any other title is <see cref="Staff"/>, and no title is missing.
/// </remarks>
public enum JobLevel
{
    /// <summary>Chief officers, founders, owners, presidents, managing directors.</summary>
    Executive = 1,

    /// <summary>Vice presidents and deputies.</summary>
    VicePresident = 2,

    /// <summary>Directors and heads of a function.</summary>
    Director = 3,

    /// <summary>Managers, team leads, supervisors, coordinators.</summary>
    Manager = 4,

    /// <summary>Any other title.</summary>
    Staff = 5,
}
