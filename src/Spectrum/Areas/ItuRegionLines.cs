using NetTopologySuite.Geometries;

namespace Spectrum.Areas;

/// <summary>
/// Lines A, B and C that bound the ITU Regions (RR Nos. 5.6-5.9), each as a path from the North Pole to the South
/// Pole in longitude/latitude degrees. Great-circle arcs carry a point at least every
/// <see cref="GreatCircle.DefaultStepDegrees"/> of arc; meridians and parallels are straight in longitude/latitude
/// and keep only their ends. Longitudes run on without a jump of 360°: line C, which crosses the antimeridian twice,
/// goes below -180 between the crossings (165° E is -195).
/// </summary>
public static class ItuRegionLines
{
    /// <summary>The Tropic of Cancer as RR No. 5.7 gives it: 23° 26′ N.</summary>
    public const double TropicOfCancer = 23 + 26 / 60.0;

    /// <summary>Parallel 65° 30′ N, where line C meets the international boundary in the Bering Strait.</summary>
    public const double BeringStraitLatitude = 65.5;

    /// <summary>The meridian of the Bering Strait boundary at 65° 30′ N: 168° 58′ 37″ W.</summary>
    public const double BeringStraitLongitude = -(168 + 58 / 60.0 + 37 / 3600.0);

    /// <summary>
    /// RR No. 5.7. Line A: from the North Pole along meridian 40° E to parallel 40° N; by great-circle arc to the
    /// intersection of meridian 60° E and the Tropic of Cancer; along meridian 60° E to the South Pole.
    /// </summary>
    public static IReadOnlyList<Coordinate> A(double arcStepDegrees = GreatCircle.DefaultStepDegrees) =>
        new Line(arcStepDegrees, 40)
            .AlongMeridianTo(40)
            .ArcTo(60, TropicOfCancer)
            .AlongMeridianTo(-90)
            .Points;

    /// <summary>
    /// RR No. 5.8. Line B: from the North Pole along meridian 10° W to parallel 72° N; by great-circle arc to
    /// 50° W, 40° N; by great-circle arc to 20° W, 10° S; along meridian 20° W to the South Pole.
    /// </summary>
    public static IReadOnlyList<Coordinate> B(double arcStepDegrees = GreatCircle.DefaultStepDegrees) =>
        new Line(arcStepDegrees, -10)
            .AlongMeridianTo(72)
            .ArcTo(-50, 40)
            .ArcTo(-20, -10)
            .AlongMeridianTo(-90)
            .Points;

    /// <summary>
    /// RR No. 5.9. Line C: from the North Pole by great-circle arc (that is, along its meridian) to parallel
    /// 65° 30′ N at the Bering Strait boundary; by great-circle arc to 165° E, 50° N; by great-circle arc to
    /// 170° W, 10° N; along parallel 10° N to 120° W; along meridian 120° W to the South Pole.
    /// </summary>
    public static IReadOnlyList<Coordinate> C(double arcStepDegrees = GreatCircle.DefaultStepDegrees) =>
        new Line(arcStepDegrees, BeringStraitLongitude)
            .AlongMeridianTo(BeringStraitLatitude)
            .ArcTo(165, 50)
            .ArcTo(-170, 10)
            .AlongParallelTo(-120)
            .AlongMeridianTo(-90)
            .Points;

    /// <summary>A line drawn leg by leg from the North Pole, in the words of RR Nos. 5.7-5.9.</summary>
    private sealed class Line
    {
        private readonly double _arcStepDegrees;
        private readonly List<Coordinate> _points;

        public Line(double arcStepDegrees, double northPoleMeridian)
        {
            _arcStepDegrees = arcStepDegrees;
            _points = [new Coordinate(northPoleMeridian, 90)];
        }

        public IReadOnlyList<Coordinate> Points => _points;

        private Coordinate Last => _points[^1];

        public Line AlongMeridianTo(double latitude)
        {
            _points.Add(new Coordinate(Last.X, latitude));
            return this;
        }

        public Line AlongParallelTo(double longitude)
        {
            _points.Add(new Coordinate(GreatCircle.Unwrap(longitude, Last.X), Last.Y));
            return this;
        }

        public Line ArcTo(double longitude, double latitude)
        {
            _points.AddRange(GreatCircle.Arc(Last, new Coordinate(longitude, latitude), _arcStepDegrees).Skip(1));
            return this;
        }
    }
}
