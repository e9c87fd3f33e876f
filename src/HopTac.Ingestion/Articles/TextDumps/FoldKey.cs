using HopTac.Core.Text;

namespace HopTac.Ingestion.Articles.TextDumps;

/// <summary>Comparison keys for lines: <see cref="VietnameseText.Fold"/> of the line with its spaces collapsed.</summary>
internal static class FoldKey
{
    public static string Of(string text) => VietnameseText.Fold(VietnameseText.CollapseSpaces(text));
}
