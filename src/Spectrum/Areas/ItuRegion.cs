namespace Spectrum.Areas;

/// <summary>One of the three ITU Regions of RR Article 5 (Nos. 5.3-5.5); the value is the Region's number.</summary>
public enum ItuRegion
{
    Region1 = 1,
    Region2 = 2,
    Region3 = 3,
}
