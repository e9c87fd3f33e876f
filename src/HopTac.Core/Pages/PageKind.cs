namespace HopTac.Core.Pages;

/// <summary>How a page's bytes are to be read.</summary>
public enum PageKind
{
    Text,
    Html,
}
