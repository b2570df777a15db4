using System.Text;

namespace Spectrum;

/// <summary>
/// A service as an allocation names it, with its qualifiers parsed: <c>MOBILE except aeronautical mobile (R)</c> is
/// the Mobile service less aeronautical mobile on routes; <c>Earth Exploration-Satellite (passive)</c> is passive EESS.
/// Two services are equal when they read the same in Normal case.
/// </summary>
public sealed class RadioService : IEquatable<RadioService>
{
    private RadioService(
        ServiceKind kind,
        LinkDirection direction,
        Sensing sensing,
        AeronauticalRoute route,
        bool deepSpace,
        string? remark,
        IReadOnlyList<RadioService> exceptions)
    {
        Kind = kind;
        Direction = direction;
        Sensing = sensing;
        Route = route;
        DeepSpace = deepSpace;
        Remark = remark;
        Exceptions = exceptions;
        Name = BuildName();
    }

    public ServiceKind Kind { get; }

    public LinkDirection Direction { get; }

    public Sensing Sensing { get; }

    public AeronauticalRoute Route { get; }

    /// <summary>Written <c>(deep space)</c>: space research in deep space (RR No. 1.177).</summary>
    public bool DeepSpace { get; }

    /// <summary>Any other parenthesised remark as written, e.g. <c>distress and calling</c> or <c>20 kHz</c>.</summary>
    public string? Remark { get; }

    /// <summary>The services named after <c>except</c>: they are not part of this one.</summary>
    public IReadOnlyList<RadioService> Exceptions { get; }

    /// <summary>The service in Normal case with its qualifiers, e.g. <c>Mobile except aeronautical mobile (R)</c>.</summary>
    public string Name { get; }

    public bool IsPassive => Sensing == Sensing.Passive;

    public static RadioService Of(
        ServiceKind kind,
        LinkDirection direction = LinkDirection.Unspecified,
        Sensing sensing = Sensing.Unspecified) =>
        new(kind, direction, sensing, AeronauticalRoute.Unspecified, false, null, []);

    /// <summary>
    /// Parses a service as written in an allocation table, in any letter case. An unknown name is a
    /// <see cref="FormatException"/> whose message suggests the nearest known name.
    /// </summary>
    public static RadioService Parse(string text)
    {
        if (TryParse(text, out var service, out var error))
        {
            return service;
        }

        throw new FormatException(error);
    }

    public static bool TryParse(string? text, out RadioService service, out string error)
    {
        service = null!;
        var normalized = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (normalized.Length == 0)
        {
            error = "the service is empty: expected an RR Article 1 service such as 'FIXED' or 'Mobile except aeronautical mobile'";
            return false;
        }

        var exceptAt = normalized.IndexOf(" except ", StringComparison.OrdinalIgnoreCase);
        var head = exceptAt < 0 ? normalized : normalized[..exceptAt];
        var exceptions = new List<RadioService>();
        if (exceptAt >= 0)
        {
            var exceptText = normalized[(exceptAt + " except ".Length)..];
            foreach (var part in exceptText.Split([",", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!TryParse(part, out var exception, out error))
                {
                    error = $"'{normalized}': after 'except', {error}";
                    return false;
                }

                exceptions.Add(exception);
            }
        }

        if (!TrySplitQualifiers(head, out var name, out var qualifiers))
        {
            error = $"'{normalized}' has unbalanced parentheses";
            return false;
        }

        if (!ServiceKinds.TryFind(name, out var kind))
        {
            error = ServiceKinds.Key(name) == "imt"
                ? "'IMT' is not a service: IMT is identified in the MOBILE service (use 'Mobile')"
                : $"'{name}' is not a radiocommunication service: did you mean '{ServiceKinds.Nearest(name)}'?";
            return false;
        }

        var direction = LinkDirection.Unspecified;
        var sensing = Sensing.Unspecified;
        var route = AeronauticalRoute.Unspecified;
        var deepSpace = false;
        var remarks = new List<string>();
        foreach (var qualifier in qualifiers)
        {
            switch (ServiceKinds.Key(qualifier))
            {
                case "earth to space": direction = LinkDirection.EarthToSpace; break;
                case "space to earth": direction = LinkDirection.SpaceToEarth; break;
                case "space to space": direction = LinkDirection.SpaceToSpace; break;
                case "active": sensing = Sensing.Active; break;
                case "passive": sensing = Sensing.Passive; break;
                case "r": route = AeronauticalRoute.Route; break;
                case "or": route = AeronauticalRoute.OffRoute; break;
                case "deep space": deepSpace = true; break;
                default: remarks.Add(qualifier); break;
            }
        }

        service = new RadioService(kind, direction, sensing, route, deepSpace,
            remarks.Count == 0 ? null : string.Join("; ", remarks), exceptions);
        error = "";
        return true;
    }

    /// <summary>
    /// True when the name part (before any parenthesis or <c>except</c>) is written in capitals, which the Table uses
    /// for primary services (<c>FIXED</c>) while Normal case marks secondary ones (<c>Fixed</c>).
    /// </summary>
    public static bool IsWrittenInCapitals(string text)
    {
        var name = text;
        var cut = name.IndexOf('(', StringComparison.Ordinal);
        if (cut >= 0)
        {
            name = name[..cut];
        }

        cut = name.IndexOf(" except ", StringComparison.OrdinalIgnoreCase);
        if (cut >= 0)
        {
            name = name[..cut];
        }

        return name.Any(char.IsLetter) && name.Where(char.IsLetter).All(char.IsUpper);
    }

    /// <summary>
    /// True when every station of this service is also a station of <paramref name="general"/>: Land Mobile is
    /// Mobile; Aeronautical Mobile (R) is not "Mobile except aeronautical mobile"; EESS (passive) is EESS but not
    /// EESS (active). Qualifiers left unspecified on <paramref name="general"/> admit any value.
    /// </summary>
    public bool IsKindOf(RadioService general)
    {
        if (!Kind.IsKindOf(general.Kind)
            || (general.Direction != LinkDirection.Unspecified && general.Direction != Direction)
            || (general.Sensing != Sensing.Unspecified && general.Sensing != Sensing)
            || (general.Route != AeronauticalRoute.Unspecified && general.Route != Route)
            || (general.DeepSpace && !DeepSpace))
        {
            return false;
        }

        return !general.Exceptions.Any(IsExcludedBy);
    }

    /// <summary>True when one service is a kind of the other: they are the same service for conflict purposes.</summary>
    public bool IsRelatedTo(RadioService other) => IsKindOf(other) || other.IsKindOf(this);

    /// <summary>The service as the Table writes it: capitals for a primary allocation, Normal case for a secondary one.</summary>
    public string Format(AllocationStatus status)
    {
        if (status == AllocationStatus.Secondary)
        {
            return Name;
        }

        var baseName = ServiceKinds.NameOf(Kind);
        return baseName.ToUpperInvariant() + Name[baseName.Length..];
    }

    public bool Equals(RadioService? other) => other is not null && Name == other.Name;

    public override bool Equals(object? obj) => Equals(obj as RadioService);

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Name;

    public static bool operator ==(RadioService? left, RadioService? right) => Equals(left, right);

    public static bool operator !=(RadioService? left, RadioService? right) => !Equals(left, right);

    // "except aeronautical mobile (R)" excludes aeronautical mobile on routes, but not off routes.
    private bool IsExcludedBy(RadioService exception) =>
        Kind.IsKindOf(exception.Kind)
        && (exception.Route == AeronauticalRoute.Unspecified || exception.Route == Route);

    private string BuildName()
    {
        var builder = new StringBuilder(ServiceKinds.NameOf(Kind));
        if (DeepSpace)
        {
            builder.Append(" (deep space)");
        }

        builder.Append(Sensing switch
        {
            Sensing.Active => " (active)",
            Sensing.Passive => " (passive)",
            _ => "",
        });
        builder.Append(Direction switch
        {
            LinkDirection.EarthToSpace => " (Earth-to-space)",
            LinkDirection.SpaceToEarth => " (space-to-Earth)",
            LinkDirection.SpaceToSpace => " (space-to-space)",
            _ => "",
        });
        builder.Append(Route switch
        {
            AeronauticalRoute.Route => " (R)",
            AeronauticalRoute.OffRoute => " (OR)",
            _ => "",
        });
        if (Remark is not null)
        {
            builder.Append(" (").Append(Remark).Append(')');
        }

        if (Exceptions.Count > 0)
        {
            builder.Append(" except ").Append(string.Join(" and ", Exceptions.Select(e => e.InNormalCaseLower())));
        }

        return builder.ToString();
    }

    // After "except" the Table writes the whole name in lower case but keeps qualifiers: "aeronautical mobile (R)".
    private string InNormalCaseLower()
    {
        var baseName = ServiceKinds.NameOf(Kind);
        return baseName.ToLowerInvariant() + Name[baseName.Length..];
    }

    private static bool TrySplitQualifiers(string head, out string name, out List<string> qualifiers)
    {
        qualifiers = [];
        var nameBuilder = new StringBuilder();
        var depth = 0;
        var current = new StringBuilder();
        foreach (var c in head)
        {
            if (c == '(')
            {
                if (depth++ > 0)
                {
                    current.Append(c);
                }
            }
            else if (c == ')')
            {
                if (--depth < 0)
                {
                    name = "";
                    return false;
                }

                if (depth == 0)
                {
                    qualifiers.Add(current.ToString().Trim());
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (depth > 0)
            {
                current.Append(c);
            }
            else
            {
                nameBuilder.Append(c);
            }
        }

        name = nameBuilder.ToString().Trim();
        return depth == 0;
    }
}
