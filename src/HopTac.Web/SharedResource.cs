namespace HopTac.Web;

/// <summary>Marker for the interface strings (Resources/SharedResource.resx: Vietnamese; .en.resx: English).</summary>
#pragma warning disable CA1052 // a type argument for IStringLocalizer<T>, never instantiated
public sealed class SharedResource
#pragma warning restore CA1052
{
    private SharedResource()
    {
    }
}
