using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace HopTac.Web.Api;

/// <summary>
/// The language of the API's sentences: the one the caller chose (the interface's cookie, or <c>?culture=</c>), else
/// English. The pages default to Vietnamese; a script that chose nothing gets English, with codes beside it.
/// </summary>
internal static class ApiLanguage
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static void UseChosenOrEnglish(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Features.Get<IRequestCultureFeature>() is { Provider: not null })
        {
            return;
        }

        CultureInfo.CurrentCulture = English;
        CultureInfo.CurrentUICulture = English;
    }
}
