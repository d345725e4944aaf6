namespace Sobes.Cases.Electrolysis.Generation;

/// <summary>
/// The electrochemistry and heat balance of a Hall–Héroult cell, in the textbook forms the generator needs
/// (see docs/cases/electrolysis.md for the sources and the constants chosen).
/// </summary>
internal static class CellPhysics
{
    private const double GasConstant = 8.314;
    private const double Faraday = 96485;
    private const double AnodeCurrentDensity = 0.8;

    /// <summary>
    /// Back EMF (V): the reversible potential with the activity of dissolved alumina (a ∝ (c/c_sat)^2.77),
    /// the anode reaction overvoltage (Tafel-type, exchange current ∝ c^0.56) and the concentration
    /// overvoltage against a critical current density that falls with alumina (Haupin's forms; the
    /// critical-current constant is scaled so the anode effect starts near 1.8 %).
    /// </summary>
    public static double BackEmf(double alumina, double bathCelsius)
    {
        var c = Math.Max(alumina, 1.0);
        var kelvin = bathCelsius + 273.15;
        var rtf = GasConstant * kelvin / Faraday;
        var reversible = 1.196 - (rtf / 6 * 2.77 * Math.Log(c / SaturationPercent(bathCelsius)));
        var reaction = rtf * Math.Log(AnodeCurrentDensity / (0.0029 * Math.Pow(c, 0.56)));
        var critical = CriticalCurrentDensity(c, kelvin);
        var concentration = rtf / 2 * Math.Log(critical / Math.Max(critical - AnodeCurrentDensity, 0.01));
        return reversible + reaction + concentration;
    }

    /// <summary>The critical anode current density (A/cm²) above which the anode effect starts.</summary>
    public static double CriticalCurrentDensity(double alumina, double kelvin) =>
        0.85 * (1 + (0.0033 * (kelvin - 1233))) * (Math.Sqrt(Math.Max(alumina, 0.2)) - 0.4);

    /// <summary>Liquidus of the bath (°C): falls by about 5.6 °C per wt% of dissolved alumina near 3 %.</summary>
    public static double Liquidus(double alumina) => 962 - (5.6 * (alumina - 3));

    /// <summary>Alumina solubility (wt%) rises with temperature.</summary>
    public static double SaturationPercent(double bathCelsius) => 7.5 + (0.03 * (bathCelsius - 965));

    /// <summary>Ambient air in the unheated potroom (°C): season, day and weather.</summary>
    public static double Ambient(DateTime time, double weather)
    {
        var day = time.DayOfYear + (time.TimeOfDay.TotalHours / 24);
        var season = 8 - (20 * Math.Cos(2 * Math.PI * (day - 20) / 365.25));
        var daily = -4 * Math.Cos(2 * Math.PI * (time.TimeOfDay.TotalHours - 3) / 24);
        return season + daily + weather;
    }
}
