using System.Text;
using Spectrum.Csv;
using Spectrum.Tests.Data;

namespace Spectrum.Tests.Csv;

/// <summary>
/// A generated corpus of hostile data files: for one small valid sample of every kind of file the reader recognises
/// (taken from the shipped files under <c>data/</c>), variants that are cut short, re-encoded, salted with NUL bytes,
/// blown up (a 1 MB field, a million header columns, a 10 MB line, a quote that never closes), or that carry formula-
/// and SQL-looking text in their text fields. Each case says what the reader must make of it (<see cref="Outcome"/>).
/// The corpus is deterministic: the same cases with the same bytes on every run, built on demand from their name.
/// </summary>
internal static class HostileCorpus
{
    /// <summary>
    /// Text that a spreadsheet, a database or a browser might take for a command; a data file may hold it, as text.
    /// </summary>
    public static readonly (string What, string Text)[] HostileTexts =
    [
        ("formula", "=HYPERLINK(\"http://x\",\"y\")"),
        ("DDE formula", "+cmd|' /C calc'!A0"),
        ("formula", "-2+3"),
        ("formula", "@SUM(A1)"),
        ("SQL", "'); DROP TABLE allocation; --"),
        ("SQL", "1 OR 1=1"),
        ("escaped NUL", "\\x00"),
        ("SQL", "1'; DELETE FROM footnote WHERE '1'='1"),
        ("script", "<script>alert(1)</script>"),
    ];

    /// <summary>A field of 1 MB (more than <see cref="DataFileReader.MaxFieldLength"/>).</summary>
    public const int HugeField = 1 << 20;

    /// <summary>Columns in the header of the widest case.</summary>
    public const int MillionColumns = 1_000_000;

    /// <summary>The size of the longest line, and of the quoted field that never closes.</summary>
    public const int TenMegabytes = 10 << 20;

    /// <summary>The size the sample's rows are repeated to.</summary>
    public const int RepeatedBytes = 2 << 20;

    private static readonly Lazy<IReadOnlyDictionary<string, HostileCase>> All = new(() => Build().ToDictionary(c => c.Name));

    /// <summary>One valid sample of each kind of file, in the shipped format (a few rows of the shipped files).</summary>
    public static IReadOnlyList<Sample> Samples { get; } =
    [
        new(DataFileKind.AllocationTable, "allocation table", "rr-2012-region-1.csv",
            [
                "table,edition,area,lower_hz,upper_hz,service,status,footnotes,source,confidence",
                "ITU Region 1,RR-2012,R1,0,9000,-,,5.53 5.54,Agence nationale des fréquences,high",
                "ITU Region 1,RR-2012,R1,9000,14000,Radionavigation,primary,,\"ITU RR 2012 Art. 5, EarthFrequencies 4db0109\",high",
                "ITU Region 1,RR-2012,R1,14000,19950,Fixed,primary,5.55 5.56,\"ITU RR 2012 Art. 5, Übersicht der Bundesnetzagentur\",high",
            ],
            TextColumns: ["table", "source"], CodeColumn: "lower_hz", CodeProblem: "is not a frequency", Duplicates: null),
        new(DataFileKind.Footnotes, "footnotes", "rr-2012-footnotes.csv",
            [
                "id,text,source,confidence",
                "5.53,Administrations authorizing the use of frequencies below 8.3 kHz shall ensure that no harmful interference is caused (fréquences). (WRC-12),\"ITU RR 2012 Art. 5, EarthFrequencies 4db0109\",medium",
                "5.54,Administrations conducting scientific research using frequencies below 8.3 kHz are urged to advise other administrations. (WRC-12),\"ITU RR 2012 Art. 5, EarthFrequencies 4db0109\",medium",
                "5.55,\"Additional allocation: in Armenia, Azerbaijan and Türkiye, the band 14-17 kHz is also allocated to the radionavigation service. (WRC-12)\",\"ITU RR 2012 Art. 5, EarthFrequencies 4db0109\",medium",
            ],
            TextColumns: ["text", "source"], CodeColumn: "id", CodeProblem: "is not a footnote id", Duplicates: new(1, "is given twice")),
        new(DataFileKind.CountryList, "countries", "countries.csv",
            [
                "iso,name,itu_region,cept,source,confidence",
                "AX,Åland,,,Natural Earth 1:50m admin-0 via world-atlas; ITU region derived from geometry at import,medium",
                "AD,Andorra,1,true,Natural Earth 1:50m admin-0 via world-atlas; ITU region and CEPT from EarthFrequencies itu-regions.tsv 4db0109,high",
                "CI,\"Côte d'Ivoire, République de\",1,,Natural Earth 1:50m admin-0 via world-atlas; ITU region and CEPT from EarthFrequencies itu-regions.tsv 4db0109,high",
            ],
            TextColumns: ["name", "source"], CodeColumn: "itu_region", CodeProblem: "is not an ITU Region", Duplicates: null),
        new(DataFileKind.GroupList, "groups", "groups.csv",
            [
                "group,name,member,source,confidence",
                "EU27,Union européenne (27 member states),AT,\"EU member states since 1 February 2020 (Treaty on European Union, Art. 52)\",high",
                "EU27,Union européenne (27 member states),BE,\"EU member states since 1 February 2020 (Treaty on European Union, Art. 52)\",high",
                "EU27,Union européenne (27 member states),BG,\"EU member states since 1 February 2020 (Treaty on European Union, Art. 52; Bulgarien, Österreich)\",high",
            ],
            TextColumns: ["name", "source"], CodeColumn: "member", CodeProblem: "is not an ISO 3166 alpha-2 code", Duplicates: null),
        new(DataFileKind.Amendments, "amendments", "wrc-15.csv",
            [
                "conference,agenda_item,area,lower_hz,upper_hz,service,action,status,footnote,identifies,source,confidence",
                "WRC-15,,R1,3400000000,3600000000,Mobile,remove-allocation,,,,\"WRC-15 Final Acts, RR No. 5.430A: Région 1, 3 400-3 600 MHz\",high",
                "WRC-15,,R1,3400000000,3600000000,Mobile except aeronautical mobile,add-allocation,primary,5.430A,,\"WRC-15 Final Acts, RR No. 5.430A\",high",
                "WRC-15,,R1,694000000,790000000,Mobile except aeronautical mobile,add-allocation,primary,5.312A,,\"WRC-15 Final Acts, RR No. 5.312A (Région 1)\",high",
            ],
            TextColumns: ["conference", "source"], CodeColumn: "lower_hz", CodeProblem: "is not a frequency", Duplicates: new(0, "conflicts with line 2")),
        new(DataFileKind.Editions, "editions", "editions.csv",
            [
                "edition,base,amendments,description,source",
                "RR-2012,itu/rr-2012-region-1.csv itu/rr-2012-footnotes.csv,,\"ITU RR Article 5, édition de 2012: the shipped tables as they are\",\"ITU RR 2012 Art. 5, EarthFrequencies 4db0109\"",
                "RR-2020,RR-2012,amendments/wrc-15.csv amendments/wrc-19.csv,RR-2012 with the WRC-15 and WRC-19 changes,WRC-15 and WRC-19 Final Acts",
                "RR-2024,RR-2020,amendments/wrc-23.csv,RR-2020 with the WRC-23 outcomes,\"WRC-23 outcomes, résumé\"",
            ],
            TextColumns: ["description", "source"], CodeColumn: "base", CodeProblem: "is not an edition of this file", Duplicates: new(1, "is already defined at line 2")),
        new(DataFileKind.AgendaItems, "agenda items", "agenda-items.csv",
            [
                "agenda_item,resolution,title,scope,source,confidence",
                "1.1,223 (Rev.WRC-19),measures in 4 800-4 990 MHz to protect aeronautical and maritime mobile stations (sécurité),5G/IMT,\"Resolution 811 (WRC-19), title abridged\",high",
                "1.2,245 (WRC-19),\"identification of 3 300-3 400 MHz, 3 600-3 800 MHz and 6 425-7 025 MHz for IMT\",5G/IMT,\"Resolution 811 (WRC-19), title abridged\",high",
                "1.3,246 (WRC-19),primary allocation of 3 600-3 800 MHz to the mobile service within Region 1,5G/IMT,\"Resolution 811 (WRC-19), title abridged (Région 1)\",high",
            ],
            TextColumns: ["resolution", "title", "source"], CodeColumn: "agenda_item", CodeProblem: "is not an agenda item number", Duplicates: new(1, "is given twice")),
        new(DataFileKind.AgendaBands, "agenda bands", "agenda-bands.csv",
            [
                "agenda_item,area,lower_hz,upper_hz,service,action,status,identifies,highlight,source,confidence",
                "1.1,R1,4800000000,4990000000,Mobile,protect,,,,Resolution 811 (WRC-19) AI 1.1: protect aeronautical and maritime mobile stations (sécurité),high",
                "1.1,R2,4800000000,4990000000,Mobile,protect,,,,Resolution 811 (WRC-19) AI 1.1: protect aeronautical and maritime mobile stations,high",
                "1.2,R1,3300000000,3400000000,Mobile,identify,,IMT,imt,\"Resolution 245 (WRC-19), AI 1.2: Région 1\",high",
            ],
            TextColumns: ["source"], CodeColumn: "lower_hz", CodeProblem: "is not a frequency", Duplicates: null),
        new(DataFileKind.Positions, "positions", "eu-positions.csv",
            [
                "agenda_item,area,lower_hz,upper_hz,stance,conditions,outcome,outcome_confidence,source,confidence",
                "1.1,R1,4800000000,4990000000,support,a revised pfd limit protecting AMS/MMS (méthode D),5.441B pfd criterion revised,medium,Council Decision of 18 September 2023 on the EU position at WRC-23,medium",
                "1.1,R2,4800000000,4990000000,support,a revised pfd limit protecting AMS/MMS,5.441B pfd criterion revised,medium,Council Decision of 18 September 2023 on the EU position at WRC-23,medium",
                "1.1,R3,4800000000,4990000000,support,a revised pfd limit protecting AMS/MMS,5.441B pfd criterion revised,medium,\"Council Decision of 18 September 2023, as reported (Région 3)\",medium",
            ],
            TextColumns: ["conditions", "outcome", "source"], CodeColumn: "lower_hz", CodeProblem: "is not a frequency", Duplicates: null),
        new(DataFileKind.CpmMethods, "CPM methods", "cpm-methods.csv",
            [
                "agenda_item,method,summary,source,confidence",
                "1.1,A,no change to the Radio Regulations except consequential changes (modifications corrélatives),\"Report of the CPM to WRC-23, 1/1.1/4.1\",high",
                "1.1,D,modification of the existing pfd criterion in No. 5.441B,\"Report of the CPM to WRC-23, 1/1.1/4.4\",high",
                "1.8,A,\"suppression of No. 5.484B, Resolution 155 and Resolution 171\",draft CPM text (Entwurf),medium",
            ],
            TextColumns: ["summary", "source"], CodeColumn: "method", CodeProblem: "is not a CPM method", Duplicates: new(2, "is given twice")),
        new(DataFileKind.RegionalPositions, "regional positions", "regional-positions.csv",
            [
                "agenda_item,organisation,method,view,source,confidence",
                "1.1,CEPT,D,revise the pfd criterion of No. 5.441B (Méthode D),as reported by others,medium",
                "1.1,ASMG,,no change,as reported by others,medium",
                "1.11,APT,A,\"Issue A: Method A, with a preliminary APT common proposal\",APT agenda-item page,high",
            ],
            TextColumns: ["view", "source"], CodeColumn: "organisation", CodeProblem: "is not a regional organisation", Duplicates: null),
    ];

    /// <summary>Every case, by name.</summary>
    public static IReadOnlyDictionary<string, HostileCase> Cases => All.Value;

    /// <summary>The names of the cases whose outcome is of type <typeparamref name="T"/> exactly, for a theory's data.</summary>
    public static TheoryData<string> Names<T>()
        where T : Outcome => [.. Cases.Values.Where(c => c.Expected.GetType() == typeof(T)).Select(c => c.Name)];

    private static IEnumerable<HostileCase> Build()
    {
        foreach (var sample in Samples)
        {
            foreach (var variant in Truncated(sample)
                .Concat(Encodings(sample))
                .Concat(NulBytes(sample))
                .Concat(LineEnds(sample))
                .Concat(Oversized(sample))
                .Concat(HostileText(sample)))
            {
                yield return variant;
            }
        }
    }

    // Cut at several byte offsets: before the first byte, in the header, after it, mid-row, mid-quoted-field, inside a
    // multi-byte character, and at the end of a line (which nothing can tell from a shorter file).
    private static IEnumerable<HostileCase> Truncated(Sample sample)
    {
        var bytes = sample.Bytes;
        var last = sample.Lines.Length;
        var lastRowStart = bytes.Length - Utf8(sample.Lines[^1] + "\n").Length;
        var lastRow = sample.Lines[^1];

        yield return sample.Case("cut to nothing", new Rejected(0, 0, "the file is empty"), []);

        // Half the first column's name is left: a header of no known kind.
        yield return sample.Case("cut inside the first header name", new Rejected(1, 0, "is not one of a known kind"),
            bytes[..(sample.Header[0].Length / 2)]);

        yield return sample.Case("cut after the header line", new Rejected(0, 0, "no rows"), bytes[..(Utf8(sample.Lines[0]).Length + 1)]);

        // After the delimiter that ends the middle field of the last row: a row with too few fields.
        var delimiters = DelimiterOffsets(lastRow);
        var middle = delimiters[delimiters.Count / 2] + 1;
        yield return sample.Case("cut in the middle of the last row", new Rejected(last, 0, $"the row has {delimiters.Count / 2 + 2} fields"),
            bytes[..(lastRowStart + Utf8(lastRow[..middle]).Length)]);

        var quote = lastRow.IndexOf('"', StringComparison.Ordinal);
        yield return sample.Case("cut inside a quoted field", new Rejected(last, FieldAt(lastRow, quote), "unbalanced quote"),
            bytes[..(lastRowStart + Utf8(lastRow[..(quote + 4)]).Length)]);

        // After the first byte of the last multi-byte character.
        var text = sample.Text;
        var wide = text.AsSpan().LastIndexOfAnyInRange('\u0080', '\uFFFF');
        var wideLine = text[..wide].Count(c => c == '\n') + 1;
        var wideColumn = FieldAt(sample.Lines[wideLine - 1], wide - (text[..wide].LastIndexOf('\n') + 1));
        yield return sample.Case("cut inside a multi-byte character", new Rejected(wideLine, wideColumn, "ends inside a multi-byte character"),
            bytes[..(Utf8(text[..wide]).Length + 1)]);

        var shorter = string.Join('\n', sample.Lines[..^1]) + "\n";
        yield return sample.Case("cut at the end of a line", new ReadsAsShorterFile(() => shorter, last - 2), Utf8(shorter));
    }

    private static IEnumerable<HostileCase> Encodings(Sample sample)
    {
        var text = sample.Text;
        (string Name, Encoding Encoding, string Named)[] encodings =
        [
            ("UTF-16 LE", new UnicodeEncoding(bigEndian: false, byteOrderMark: true), "UTF-16 (little-endian)"),
            ("UTF-16 BE", new UnicodeEncoding(bigEndian: true, byteOrderMark: true), "UTF-16 (big-endian)"),
            ("UTF-32 LE", new UTF32Encoding(bigEndian: false, byteOrderMark: true), "UTF-32 (little-endian)"),
            ("UTF-32 BE", new UTF32Encoding(bigEndian: true, byteOrderMark: true), "UTF-32 (big-endian)"),
        ];
        foreach (var (name, encoding, named) in encodings)
        {
            yield return sample.Case($"{name} with a byte-order mark", new Rejected(0, 0, $"the file is {named} text, with a byte-order mark"),
                [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
            yield return sample.Case($"{name} without a byte-order mark", new Rejected(0, 0, $"the file looks like {named} text without a byte-order mark"),
                encoding.GetBytes(text));
        }

        // Latin-1 stops at the first letter beyond ASCII, in the field that holds it.
        var first = text.AsSpan().IndexOfAnyInRange('\u0080', '\u00FF');
        var line = text[..first].Count(c => c == '\n') + 1;
        var lineText = sample.Lines[line - 1];
        var column = FieldAt(lineText, lineText.AsSpan().IndexOfAnyInRange('\u0080', '\u00FF'));
        var latin1 = Encoding.Latin1.GetBytes(text);
        yield return sample.Case("Latin-1", new Rejected(line, column, $"not UTF-8 at line {line} (byte 0x{latin1[first]:X2}"), latin1);

        // The same with old Mac line ends: the line is still counted right.
        yield return sample.Case("Latin-1 with CR line ends", new Rejected(line, column, $"not UTF-8 at line {line}"),
            Encoding.Latin1.GetBytes(text.Replace('\n', '\r')));

        yield return sample.Case("one UTF-8 byte-order mark", new ReadsAs(() => text, sample.Lines.Length - 1), [0xEF, 0xBB, 0xBF, .. sample.Bytes]);

        yield return sample.Case("two UTF-8 byte-order marks", new Rejected(1, 1, "byte-order mark"), [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. sample.Bytes]);
    }

    private static IEnumerable<HostileCase> NulBytes(Sample sample)
    {
        var bytes = sample.Bytes;
        yield return sample.Case("a NUL byte at the start", new Rejected(0, 0, "binary file"), [0, .. bytes]);

        // In the middle of the third line's text: an error at its line and field, not a binary file.
        var middle = sample.Lines[2].Length / 2;
        var third = Utf8(string.Join('\n', sample.Lines[..2]) + "\n" + sample.Lines[2][..middle]).Length;
        yield return sample.Case("a NUL byte in the middle", new Rejected(3, FieldAt(sample.Lines[2], middle), "a NUL byte at line 3"),
            [.. bytes[..third], 0, .. bytes[third..]]);

        // After the last line end: on a line of its own.
        var end = sample.Lines.Length + 1;
        yield return sample.Case("a NUL byte at the end", new Rejected(end, 1, $"a NUL byte at line {end}"), [.. bytes, 0]);
    }

    private static IEnumerable<HostileCase> LineEnds(Sample sample)
    {
        var rows = sample.Lines.Length - 1;
        string Clean() => sample.Text;
        yield return sample.Case("CRLF line ends", new ReadsAs(Clean, rows), Utf8(sample.Text.Replace("\n", "\r\n", StringComparison.Ordinal)));
        yield return sample.Case("CR line ends", new ReadsAs(Clean, rows), Utf8(sample.Text.Replace('\n', '\r')));
        yield return sample.Case("no line end after the last row", new ReadsAs(Clean, rows), sample.Bytes[..^1]);
    }

    // Fields, lines and headers far beyond any real table; generated when the case runs.
    private static IEnumerable<HostileCase> Oversized(Sample sample)
    {
        var fieldLimit = $"longer than {DataFileReader.MaxFieldLength:N0} characters";
        var text = sample.TextColumns[0];
        yield return sample.Case($"a 1 MB field in the {text} column", new Rejected(2, sample.Column(text), fieldLimit),
            () => Stream(sample.WithCell(1, text, new string('a', HugeField))));
        yield return sample.Case($"a 1 MB field in the {sample.CodeColumn} column", new Rejected(2, sample.Column(sample.CodeColumn), fieldLimit),
            () => Stream(sample.WithCell(1, sample.CodeColumn, new string('1', HugeField))));

        // Under the field limit, in a column that echoes a bad cell in its error: the error stays readable.
        yield return sample.Case($"a 90,000-character {sample.CodeColumn} cell", new Rejected(2, sample.Column(sample.CodeColumn), sample.CodeProblem),
            () => Stream(sample.WithCell(1, sample.CodeColumn, new string('x', 90_000))));

        var columnLimit = $"more than {DataFileReader.MaxColumns:N0} columns";
        yield return sample.Case("a header of a million columns", new Rejected(1, 0, columnLimit), () =>
        {
            var header = new StringBuilder(sample.Lines[0], MillionColumns * 8);
            for (var i = sample.Header.Length; i < MillionColumns; i++)
            {
                header.Append(",x").Append(i);
            }

            return Stream(header.Append('\n').Append(string.Join('\n', sample.Lines[1..])).Append('\n').ToString());
        });
        yield return sample.Case("a header of 10,000 short columns", new Rejected(1, 0, "the header has 10,000 columns"),
            () => Stream(sample.Lines[0] + string.Concat(Enumerable.Repeat(",x", 10_000 - sample.Header.Length)) + "\n" + string.Join('\n', sample.Lines[1..]) + "\n"));

        yield return sample.Case("a 10 MB header line without a line end", new Rejected(1, 0, "line 1 is longer than"),
            () => Repeated(Utf8(sample.Lines[0]), "x"u8.ToArray(), TenMegabytes));
        var lineLimit = $"longer than {DataFileReader.MaxLineLength:N0} bytes";
        yield return sample.Case("a 10 MB line of short fields without a line end", new Rejected(sample.Lines.Length + 1, 0, lineLimit),
            () => Repeated(sample.Bytes, "x,"u8.ToArray(), TenMegabytes));

        // The quote opens a text field of the first row and the file ends 10 MB later, without a line end.
        var column = sample.Column(text);
        yield return sample.Case($"a quoted {text} field that never closes over 10 MB", new Rejected(2, column, fieldLimit),
            () => Repeated(Utf8(sample.PrefixBefore(1, text) + "\"never closed "), "never closed, "u8.ToArray(), TenMegabytes));

        // The same quote with line ends in the 10 MB: the quote is an error on its own line, the lines after it rows of
        // their own (each with too few fields).
        var prose = Utf8(string.Concat(Enumerable.Repeat("never closed ", 80)) + "\n");
        var open = Utf8(sample.PrefixBefore(1, text) + "\"never closed\n");
        var proseLines = (TenMegabytes - open.Length + prose.Length - 1) / prose.Length;
        yield return sample.Case($"a quoted {text} field left open before 10 MB of lines", new Rejected(2, column, "unbalanced quote", 1 + proseLines),
            () => Repeated(open, prose, TenMegabytes));

        // The rows again and again: a long file, and for the kinds that allow each row once, an error at each repeat.
        var rows = sample.RowsRepeatedTo(RepeatedBytes);
        yield return sample.Duplicates is { } duplicates
            ? sample.Case("its rows repeated to 2 MB", new Rejected(sample.Lines.Length + 1, duplicates.Column, duplicates.Problem, rows - (sample.Lines.Length - 1)),
                () => Stream(sample.Repeated(RepeatedBytes)))
            : sample.Case("its rows repeated to 2 MB", new ReadsAs(() => sample.Repeated(RepeatedBytes), rows), () => Stream(sample.Repeated(RepeatedBytes)));
    }

    private static IEnumerable<HostileCase> HostileText(Sample sample)
    {
        foreach (var column in sample.TextColumns)
        {
            foreach (var (what, text) in HostileTexts)
            {
                yield return sample.Case($"{what} {text} in the {column} column", new KeptVerbatim(text), Utf8(sample.WithCell(1, column, text)));
            }
        }
    }

    /// <summary>Streams <paramref name="head"/>, then <paramref name="unit"/> again and again up to <paramref name="size"/> bytes.</summary>
    private static Stream Repeated(byte[] head, byte[] unit, int size)
    {
        var bytes = new byte[size];
        head.CopyTo(bytes, 0);
        unit.AsSpan(0, Math.Min(unit.Length, size - head.Length)).CopyTo(bytes.AsSpan(head.Length));

        // Each copy doubles the units written: a handful of copies fill 10 MB.
        for (var done = unit.Length; head.Length + done < size; done *= 2)
        {
            bytes.AsSpan(head.Length, Math.Min(done, size - head.Length - done)).CopyTo(bytes.AsSpan(head.Length + done));
        }

        return new MemoryStream(bytes, writable: false);
    }

    private static Stream Stream(string text) => new MemoryStream(Utf8(text), writable: false);

    internal static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    // The character offsets of the commas that separate fields (outside quotes).
    private static List<int> DelimiterOffsets(string line)
    {
        var offsets = new List<int>();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ',' && !quoted)
            {
                offsets.Add(i);
            }
        }

        return offsets;
    }

    /// <summary>The 1-based number of the field that holds character <paramref name="offset"/> of <paramref name="line"/>.</summary>
    private static int FieldAt(string line, int offset) => DelimiterOffsets(line).Count(d => d < offset) + 1;

    /// <summary>The fields of one CSV line, unquoted.</summary>
    internal static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    /// <summary>One CSV line of <paramref name="fields"/>, quoting those that hold a comma, a quote or a line end.</summary>
    internal static string Line(IEnumerable<string> fields) =>
        string.Join(',', fields.Select(f => f.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{f.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : f));
}

/// <summary>
/// A valid file of one kind: its lines (the header first), the columns that hold free text, a column of numbers or
/// codes with the problem that letters there are, and, for kinds that allow each row once, the error a repeated row
/// gets.
/// </summary>
internal sealed record Sample(
    DataFileKind Kind, string Slug, string Name, string[] Lines, string[] TextColumns, string CodeColumn, string CodeProblem, Duplicate? Duplicates)
{
    /// <summary>The name errors give: the editions list names files next to it, so it sits in the shipped data folder.</summary>
    public string FileName => Kind == DataFileKind.Editions ? Repository.DataPath(Name) : Name;

    public string[] Header => HostileCorpus.Fields(Lines[0]);

    public string Text => string.Join('\n', Lines) + "\n";

    public byte[] Bytes => HostileCorpus.Utf8(Text);

    /// <summary>The 1-based number of a column.</summary>
    public int Column(string name) => Array.IndexOf(Header, name) + 1 is > 0 and var number
        ? number
        : throw new ArgumentException($"the {Slug} sample has no column {name}", nameof(name));

    /// <summary>The file with one cell of data row <paramref name="row"/> (1 is the first) replaced.</summary>
    public string WithCell(int row, string column, string value)
    {
        var fields = HostileCorpus.Fields(Lines[row]);
        fields[Column(column) - 1] = value;
        var lines = (string[])Lines.Clone();
        lines[row] = HostileCorpus.Line(fields);
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The file up to the start of one cell of data row <paramref name="row"/>, that row's earlier cells included.</summary>
    public string PrefixBefore(int row, string column)
    {
        var fields = HostileCorpus.Fields(Lines[row]);
        var before = HostileCorpus.Line(fields.Take(Column(column) - 1));
        return string.Join('\n', Lines[..row]) + "\n" + (before.Length > 0 ? before + "," : "");
    }

    /// <summary>The data rows of <see cref="Repeated"/>: all of them, as many times as the size takes.</summary>
    public int RowsRepeatedTo(int size)
    {
        var block = Lines[1..].Sum(line => line.Length + 1);
        var blocks = (size - (Lines[0].Length + 1) + block - 1) / block;
        return blocks * (Lines.Length - 1);
    }

    /// <summary>The header, then the data rows again and again until the file holds <paramref name="size"/> characters.</summary>
    public string Repeated(int size)
    {
        var text = new StringBuilder(Lines[0]).Append('\n');
        while (text.Length < size)
        {
            foreach (var line in Lines[1..])
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    public HostileCase Case(string variant, Outcome expected, byte[] bytes) =>
        new($"{Slug}: {variant}", this, expected, () => new MemoryStream(bytes, writable: false));

    public HostileCase Case(string variant, Outcome expected, Func<Stream> open) => new($"{Slug}: {variant}", this, expected, open);
}

/// <summary>The error a row repeated in a file of a kind that allows each row once gets: its column and problem.</summary>
internal sealed record Duplicate(int Column, string Problem);

/// <summary>One hostile file: its name (kind and variant), the sample it comes from, what must come of it, its bytes.</summary>
internal sealed record HostileCase(string Name, Sample Sample, Outcome Expected, Func<Stream> Open)
{
    public override string ToString() => Name;
}

/// <summary>What the reader must make of a hostile file.</summary>
internal abstract record Outcome;

/// <summary>
/// The file is invalid and yields nothing; its first error is at <paramref name="Line"/> and <paramref name="Column"/>
/// (0 for the whole line, line 0 for the whole file), its problem contains <paramref name="Problem"/>, and it has
/// <paramref name="Errors"/> errors in all: one, for a problem that stops the file.
/// </summary>
internal sealed record Rejected(int Line, int Column, string Problem, int Errors = 1) : Outcome;

/// <summary>The file reads, and <paramref name="Text"/> is one of its values' texts exactly.</summary>
internal sealed record KeptVerbatim(string Text) : Outcome;

/// <summary>The file reads to the same values as the clean UTF-8 text <paramref name="Equivalent"/> gives, with <paramref name="Rows"/> rows.</summary>
internal record ReadsAs(Func<string> Equivalent, int Rows) : Outcome;

/// <summary>
/// The file, cut at the end of a line, reads as the shorter file <paramref name="Equivalent"/> gives, with
/// <paramref name="Rows"/> rows: nothing in a file cut there marks the cut.
/// </summary>
internal sealed record ReadsAsShorterFile(Func<string> Equivalent, int Rows) : ReadsAs(Equivalent, Rows);
