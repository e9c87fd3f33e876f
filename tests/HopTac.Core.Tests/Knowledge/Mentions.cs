using HopTac.Core.Facts;
using HopTac.Core.Knowledge;

namespace HopTac.Core.Tests.Knowledge;

/// <summary>Mentions composed for tests; keys are made from the source and a counter so they are unique.</summary>
internal static class M
{
    private static int next;

    public static EventMention Event(string source, string type, string? date, string[] actors, params string[] participants) =>
        new(Key('e', source), source, null, new EventFact(type, date, actors, participants, null, "Câu dẫn chứng.", 0));

    public static AgreementMention Agreement(string source, string type, string title, string? date, string[] actors, string? period = null) =>
        new(Key('a', source), source, null, new AgreementFact(type, title, actors, date, period, title, 0));

    public static FigureMention Figure(string source, decimal value, string unit, string evidence, string? per = null) =>
        new(Key('f', source), source, null, new Figure(value, unit, per, value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + unit, evidence, 0));

    public static PersonMention Person(string source, string name, string? title = null, string? country = null, string? pageDate = null) =>
        new(Key('p', source), source, pageDate, new Person(name, title, country, "Câu dẫn chứng.", 0));

    private static string Key(char kind, string source) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kind}{source}-{Interlocked.Increment(ref next):D6}");
}
