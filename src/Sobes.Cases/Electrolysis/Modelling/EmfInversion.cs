using Sobes.Cases.Electrolysis.Generation;

namespace Sobes.Cases.Electrolysis.Modelling;

/// <summary>
/// Domain knowledge as a feature: the alumina at which the back-EMF curve (Haupin's forms) has risen or fallen by the
/// observed change since the anchor sample. Differencing against the anchor cancels the estimate's slow drift.
/// </summary>
internal static class EmfInversion
{
    private const double Bath = 965;

    public static float Alumina(float anchor, float emfChange)
    {
        if (!float.IsFinite(anchor) || !float.IsFinite(emfChange))
        {
            return float.NaN;
        }

        var c0 = Math.Clamp(anchor, 1.6, 6);
        var target = CellPhysics.BackEmf(c0, Bath) + emfChange;
        double low = 1.3, high = 7;
        if (target >= CellPhysics.BackEmf(low, Bath))
        {
            return (float)low;
        }

        if (target <= CellPhysics.BackEmf(high, Bath))
        {
            return (float)high;
        }

        for (var i = 0; i < 40; i++)
        {
            var mid = (low + high) / 2;
            if (CellPhysics.BackEmf(mid, Bath) > target)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return (float)((low + high) / 2);
    }
}
