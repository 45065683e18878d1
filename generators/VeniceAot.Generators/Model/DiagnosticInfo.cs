using Microsoft.CodeAnalysis;
using VeniceAot.Generators.Helpers;

namespace VeniceAot.Generators.Model
{
    /// <summary>A diagnostic carried through the pipeline as plain, equatable data.</summary>
    internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
    {
        public Diagnostic ToDiagnostic()
        {
            object[] args = new object[Arguments.Length];
            for (int i = 0; i < args.Length; i++)
            {
                args[i] = Arguments[i];
            }

            return Diagnostic.Create(Descriptor, Location?.ToLocation(), args);
        }
    }
}
