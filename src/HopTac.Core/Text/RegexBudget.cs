namespace HopTac.Core.Text;

/// <summary>
/// The one time limit for a single regular-expression match anywhere in extraction. Patterns run on bounded input
/// (a line, a sentence, a page capped by the reader) and are written without nested quantifiers, so a legitimate
/// match takes microseconds; the limit only stops a pathological pattern and input pair. It is generous on purpose:
/// the timer counts wall time, and a short limit trips when a loaded machine deschedules the thread, which made the
/// same page extract differently from one run to the next. Every call site catches the timeout.
/// </summary>
public static class RegexBudget
{
    /// <summary>The limit in milliseconds, for <c>GeneratedRegex</c> attributes.</summary>
    public const int Milliseconds = 2_000;

    /// <summary>The limit, for regexes built at run time.</summary>
    public static readonly TimeSpan PerMatch = TimeSpan.FromMilliseconds(Milliseconds);
}
