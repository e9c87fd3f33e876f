using System.Globalization;
using HopTac.Storage.Knowledge;
using Microsoft.Extensions.Localization;

namespace HopTac.Web.Curation;

/// <summary>
/// A refused curation in the interface's language: an edit refused by <see cref="FactEdits"/> is said from its
/// code (resources EditError_*), with the allowed types by their names; other refusals keep the knowledge base's
/// sentence, which names ids and fields.
/// </summary>
internal static class CurationMessages
{
    public static string Describe(IStringLocalizer localizer, CurationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Problem is not { } problem)
        {
            return outcome.Result == CurationResult.NotFound ? localizer["Review_gone"].Value : outcome.Error ?? string.Empty;
        }

        var text = localizer["EditError_" + problem.Code];
        if (text.ResourceNotFound)
        {
            return problem.Message;
        }

        var allowed = string.Join(", ", problem.Allowed.Select(value => Named(localizer, value)));
        return string.Format(CultureInfo.CurrentCulture, text.Value, problem.Field, problem.Value, allowed);
    }

    // A type by its interface name and its code, "hội đàm (talks)": the code is what the CLI and the API take.
    private static string Named(IStringLocalizer localizer, string value)
    {
        var name = localizer["Event_" + value] is { ResourceNotFound: false } e ? e.Value
            : localizer["Agreement_" + value] is { ResourceNotFound: false } a ? a.Value
            : null;
        return name is null ? value : $"{name} ({value})";
    }
}
