using System.Globalization;
using HopTac.Storage.Knowledge;
using Microsoft.Extensions.Localization;

namespace HopTac.Web.Curation;

/// <summary>
/// A refused curation in the interface's language, from the refusal's code, never from the knowledge base's English
/// sentence: an edit refused by <see cref="FactEdits"/> through resources EditError_{code} (with the allowed types by
/// their names), every other refusal through CurationError_{code} (<see cref="CurationRefusals"/>) with its arguments.
/// </summary>
internal static class CurationMessages
{
    /// <summary>
    /// The sentence for <paramref name="outcome"/>. <paramref name="withCodes"/> adds each allowed type's code beside
    /// its name, "hội đàm (talks)": the API takes codes, the web forms offer names.
    /// </summary>
    public static string Describe(IStringLocalizer localizer, CurationOutcome outcome, bool withCodes = false)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Problem is { } problem)
        {
            var text = localizer["EditError_" + problem.Code];
            var allowed = string.Join(", ", problem.Allowed.Select(value => Named(localizer, value, withCodes)));
            var field = problem.Field is null ? string.Empty : FieldName(localizer, problem.Field);
            return string.Format(CultureInfo.CurrentCulture, text.Value, field, problem.Value, allowed);
        }

        return Say(localizer, outcome.Code ?? (outcome.Result == CurationResult.NotFound ? CurationRefusals.NotFound : CurationRefusals.NoRequest), outcome.Arguments);
    }

    /// <summary>A refusal by its code (<see cref="CurationRefusals"/>) and arguments.</summary>
    public static string Say(IStringLocalizer localizer, string code, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(arguments);
        return string.Format(CultureInfo.CurrentCulture, localizer["CurationError_" + code].Value, [.. arguments]);
    }

    private static string FieldName(IStringLocalizer localizer, string field) =>
        localizer["Field_" + field] is { ResourceNotFound: false } label ? label.Value : field;

    private static string Named(IStringLocalizer localizer, string value, bool withCode)
    {
        var name = localizer["Event_" + value] is { ResourceNotFound: false } e ? e.Value
            : localizer["Agreement_" + value] is { ResourceNotFound: false } a ? a.Value
            : null;
        return name is null || string.Equals(name, value, StringComparison.OrdinalIgnoreCase) ? value
            : withCode ? $"{name} ({value})" : name;
    }
}
