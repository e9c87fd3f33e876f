namespace HopTac.Ingestion.Articles.Credits;

/// <summary>What a closing line of an article credits.</summary>
internal enum CreditKind
{
    /// <summary>Not a credit: article text.</summary>
    None,

    /// <summary>Persons who wrote the article ("Minh Châu - Đức Anh", "Tin, ảnh: Thu Hà"): they are its authors.</summary>
    Persons,

    /// <summary>An agency or source ("Theo TTXVN", "Nguồn: chinhphu.vn"): not an author.</summary>
    Agency,

    /// <summary>Other credits (photographs, design, "Tổng hợp"): neither text nor authors.</summary>
    Other,
}
