namespace Spectrum.PostGis.Import;

/// <summary>How domain values are written in the store's text columns, and read back.</summary>
internal static class StoreNames
{
    public static string Of(AllocationStatus status) => status == AllocationStatus.Primary ? "primary" : "secondary";

    public static string Of(Confidence confidence) => confidence switch
    {
        Confidence.High => "high",
        Confidence.Medium => "medium",
        _ => "low",
    };

    public static AllocationStatus StatusOf(string text) =>
        text == "primary" ? AllocationStatus.Primary : AllocationStatus.Secondary;

    public static Confidence ConfidenceOf(string text) => text switch
    {
        "high" => Confidence.High,
        "medium" => Confidence.Medium,
        _ => Confidence.Low,
    };

    public static string[] Of(IReadOnlyList<FootnoteId> footnotes)
    {
        var ids = new string[footnotes.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = footnotes[i].Value;
        }

        return ids;
    }

    public static FootnoteId[] FootnotesOf(string[] ids) => Array.ConvertAll(ids, FootnoteId.Parse);
}
