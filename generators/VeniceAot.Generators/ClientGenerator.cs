using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using VeniceAot.Generators.Helpers;
using VeniceAot.Generators.Model;

namespace VeniceAot.Generators
{
    /// <summary>
    /// Implements every interface marked <c>[VeniceApi(typeof(SomeJsonContext))]</c> with a sealed class that
    /// builds each request inline and reads each response through the context's <c>JsonTypeInfo&lt;T&gt;</c>.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class ClientGenerator : IIncrementalGenerator
    {
        internal const string VeniceApiAttributeName = "VeniceAot.Http.VeniceApiAttribute";

        /// <summary>Tracking name of the parse step, asserted by the incrementality tests.</summary>
        public const string ParseStep = "VeniceApiParse";

        /// <summary>Tracking name of the step that feeds source output.</summary>
        public const string ModelStep = "VeniceApiModel";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<ParseResult> parsed = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    VeniceApiAttributeName,
                    static (node, _) => node is InterfaceDeclarationSyntax,
                    static (ctx, ct) => Parser.Parse(ctx, ct))
                .WithTrackingName(ParseStep);

            // Diagnostics and source are separate outputs: moving a line re-reports diagnostics
            // without regenerating code, and an unrelated edit leaves the model step cached.
            context.RegisterSourceOutput(parsed.SelectMany(static (r, _) => r.Diagnostics.Items), static (spc, diagnostic) =>
                spc.ReportDiagnostic(diagnostic.ToDiagnostic()));

            IncrementalValuesProvider<InterfaceModel> models = parsed
                .Where(static r => r.Model is not null)
                .Select(static (r, _) => r.Model!)
                .WithTrackingName(ModelStep);

            context.RegisterSourceOutput(models, static (spc, model) =>
                spc.AddSource(Emitter.HintName(model), Emitter.Emit(model)));
        }
    }

    /// <summary>The outcome of parsing one interface: a model when it can be implemented, and its diagnostics.</summary>
    internal sealed record ParseResult(InterfaceModel? Model, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public static ParseResult Failed(ImmutableArray<DiagnosticInfo> diagnostics) => new(null, new EquatableArray<DiagnosticInfo>(diagnostics));
    }
}
