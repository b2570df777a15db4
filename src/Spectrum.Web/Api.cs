using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Spectrum.Answers;
using Spectrum.Charts;
using Spectrum.Conference;
using Spectrum.Csv.Areas;
using Spectrum.PostGis;

namespace Spectrum.Web;

/// <summary>
/// The JSON API: each endpoint asks the question its command asks (<see cref="AllocationQuestion"/> for
/// <c>spectrum query</c>, …) and answers the rows that command prints with <c>--format json</c>. Bad input is a 400
/// problem with the command's message; a store that fails, a 503 problem. Nothing writes. Successful GET answers are
/// kept until the store changes (<see cref="AnswerCache"/>).
/// </summary>
internal static class Api
{
    /// <summary>Rows as the command's <c>--format json</c> prints them: one object per row, fields named by its columns.</summary>
    private sealed class RowList : List<Dictionary<string, object?>>
    {
        public RowList(IEnumerable<Dictionary<string, object?>> rows) : base(rows)
        {
        }
    }

    /// <summary>The body of <c>POST /api/conflicts</c>: a proposal, as <c>spectrum conflicts</c> takes it.</summary>
    /// <param name="Range">The proposed band, e.g. 24.25-27.5GHz (not needed with agendaItem).</param>
    /// <param name="Service">The service proposed (default MOBILE).</param>
    /// <param name="AgendaItem">Every band of a WRC-23 agenda item, e.g. 1.2.</param>
    /// <param name="Edition">The table screened against (default RR-2020).</param>
    /// <param name="Guard">A fixed guard band for adjacent findings instead of the out-of-band domain of the emission, e.g. 250MHz.</param>
    /// <param name="Bandwidth">The necessary bandwidth of the proposal's emission, e.g. 100MHz (default: the service's default at that frequency).</param>
    public sealed record Proposal(
        string? Range, int? Region, string? Country, string? Group, string? Point, string? Service, string? AgendaItem, string? Edition, string? Guard,
        string? Bandwidth);

    public static void Map(WebApplication app)
    {
        var api = AnswerCache.Keep(app.MapGroup("/api")).AddEndpointFilter(AnswerAsync).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/query", QueryAsync).WithName("query")
            .WithSummary("What is allocated in a frequency range and area (spectrum query --format json; with applications=true, --applications)");
        api.MapPost("/conflicts", ConflictsAsync).WithName("conflicts")
            .WithSummary("What a proposal conflicts with, sorted by severity then frequency (spectrum conflicts --format json)");
        api.MapGet("/footnotes", FootnotesAsync).WithName("footnotes")
            .WithSummary("The rules read from the RR footnotes, or with unparsed=true the footnotes not read (spectrum footnotes --format json)");
        api.MapGet("/positions", PositionsAsync).WithName("positions")
            .WithSummary("The EU common positions per WRC-23 agenda item, band and Region (spectrum positions --format json)");
        api.MapGet("/diff", DiffAsync).WithName("diff")
            .WithSummary("What changed between two editions, band by band and Region by Region (spectrum diff --format json)");
        api.MapGet("/editions", EditionsAsync).WithName("editions")
            .WithSummary("The editions of the Table in the store, and the tables the EU positions propose (spectrum editions --format json)");
        api.MapGet("/areas", AreasAsync).WithName("areas").Produces(StatusCodes.Status200OK, contentType: "application/geo+json")
            .WithSummary("The stored Regions, countries and groups as GeoJSON (spectrum areas export)");
        api.MapGet("/chart", ChartAsync).WithName("chart").Produces(StatusCodes.Status200OK, contentType: "image/svg+xml")
            .WithSummary("A band chart of a range as SVG: the three Regions, or a country's Region and its Table with the footnotes applied (spectrum chart)");
    }

    private static async Task<Ok<RowList>> QueryAsync(
        NpgsqlDataSource store,
        [Description("Frequency range, e.g. 3.4-3.8GHz, \"6425-7125 MHz\", or a single frequency such as 10.5GHz")] string? range,
        [Description("ITU Region 1, 2 or 3")] int? region,
        [Description("Country by ISO 3166 alpha-2 code, e.g. NL")] string? country,
        [Description("Group of countries, e.g. CEPT")] string? group,
        [Description("A place as latitude,longitude in degrees, e.g. 52.37,4.90")] string? point,
        [Description("Only this service and its kinds, e.g. MOBILE")] string? service,
        [Description("Only the table of this name")] string? table,
        [Description("Edition of the tables (default: the newest)")] string? edition,
        [Description("The applications of the tables instead of the allocations")] bool? applications,
        CancellationToken cancellationToken)
    {
        var question = new AllocationQuestion(range ?? "", new AreaQuestion(region, country, group, point), service, table, edition, applications ?? false);
        var answer = await question.AskAsync(store, cancellationToken);
        return Rows(answer.Applications is null ? answer.Allocations : answer.ApplicationListing);
    }

    private static async Task<Ok<RowList>> ConflictsAsync(NpgsqlDataSource store, Proposal proposal, CancellationToken cancellationToken)
    {
        var question = new ConflictQuestion(proposal.Range, new AreaQuestion(proposal.Region, proposal.Country, proposal.Group, proposal.Point),
            proposal.Service ?? ConflictQuestion.DefaultService, proposal.AgendaItem,
            proposal.Edition ?? ProposedTables.BaseEditionName, proposal.Guard, proposal.Bandwidth);
        return Rows((await question.AskAsync(store, cancellationToken)).Listing);
    }

    private static async Task<Ok<RowList>> FootnotesAsync(
        NpgsqlDataSource store,
        [Description("Footnotes by number, e.g. 5.430A (repeat for more; default all)")] string[]? id,
        [Description("Only rules that hold in this country, e.g. NL")] string? country,
        [Description("Only rules naming a band that overlaps this range")] string? range,
        [Description("Only rules of this kind, e.g. additional-allocation")] string? kind,
        [Description("The footnotes the grammar could not read instead of the rules")] bool? unparsed,
        CancellationToken cancellationToken) =>
        Rows((await new FootnoteQuestion(id ?? [], country, range, kind, unparsed ?? false).AskAsync(store, cancellationToken)).Listing);

    private static async Task<Ok<RowList>> PositionsAsync(
        NpgsqlDataSource store, [Description("One WRC-23 agenda item, e.g. 1.2 (default all)")] string? agendaItem, CancellationToken cancellationToken) =>
        Rows((await new PositionQuestion(agendaItem).AskAsync(store, cancellationToken)).Listing);

    private static async Task<Ok<RowList>> DiffAsync(
        NpgsqlDataSource store,
        [Description("The earlier edition, e.g. RR-2020")] string? before,
        [Description("The later edition, e.g. RR-2024")] string? after,
        [Description("Only this frequency range")] string? range,
        [Description("Only the table of ITU Region 1, 2 or 3")] int? region,
        CancellationToken cancellationToken)
    {
        if (before is null || after is null)
        {
            throw new InputException("give two editions, before and after, e.g. before=RR-2020&after=RR-2024 (spectrum editions lists them)");
        }

        return Rows((await new DiffQuestion(before, after, range, region).AskAsync(store, cancellationToken)).Listing);
    }

    private static async Task<Ok<RowList>> EditionsAsync(NpgsqlDataSource store, CancellationToken cancellationToken) =>
        Rows((await StoreListings.EditionsAsync(store, cancellationToken)).Listing);

    private static async Task<FileContentHttpResult> AreasAsync(NpgsqlDataSource store, CancellationToken cancellationToken)
    {
        var features = await StoreListings.AreasAsync(store, cancellationToken);
        using var output = new MemoryStream();
        AreaGeoJson.Write(output, features);
        return TypedResults.File(output.ToArray(), "application/geo+json");
    }

    private static async Task<FileContentHttpResult> ChartAsync(
        NpgsqlDataSource store,
        [Description("Frequency range, e.g. 3.4-3.8GHz")] string? range,
        [Description("Country by ISO 3166 alpha-2 code: its Region's Table and that Table as it applies there")] string? country,
        [Description("Edition of the tables (default: the newest)")] string? edition,
        CancellationToken cancellationToken)
    {
        if (!FrequencyRange.TryParse(range ?? "", out var parsed, out var error))
        {
            throw new InputException(error);
        }

        if (new AreaQuestion(Country: country).Error() is { } wrong)
        {
            throw new InputException(wrong);
        }

        if (country is not null)
        {
            await new AreaQuestion(Country: country).ResolveAsync(store, cancellationToken);
        }

        var chart = await new ChartQuestion(parsed, edition is null ? [] : [edition], Country: country?.ToUpperInvariant(), Width: 1200, Applications: country is not null)
            .AskAsync(store, cancellationToken);
        using var output = new MemoryStream();
        chart.Write(output, ChartFormat.Svg);
        return TypedResults.File(output.ToArray(), "image/svg+xml");
    }

    private static Ok<RowList> Rows(Listing listing) => TypedResults.Ok(new RowList(listing.Objects()));

    private static async ValueTask<object?> AnswerAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (InputException e)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad input");
        }
        catch (Exception e) when (e is NpgsqlException or StoreException)
        {
            context.HttpContext.RequestServices.GetRequiredService<FailureReport>().Report(e);
            return TypedResults.Problem(detail: "The store did not answer; the server's standard error says why.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Store unavailable");
        }
    }
}
