using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using VeniceAot.Generators.Helpers;
using VeniceAot.Generators.Model;

namespace VeniceAot.Generators
{
    public sealed partial class ClientGenerator
    {
        /// <summary>Turns symbols into equatable models. Runs once per interface; the emitter never sees a symbol.</summary>
        internal static class Parser
        {
            private const string HttpNamespace = "VeniceAot.Http";

            private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
                .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

            private static readonly SymbolDisplayFormat PlainTypeFormat = SymbolDisplayFormat.FullyQualifiedFormat;

            public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            {
                var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
                var type = (INamedTypeSymbol)context.TargetSymbol;
                LocationInfo? typeLocation = LocationInfo.From(type.Locations.FirstOrDefault());
                string interfaceName = type.ToDisplayString(PlainTypeFormat);

                if (!TryReadContext(context.Attributes[0], typeLocation, diagnostics, out INamedTypeSymbol? contextType, out Dictionary<string, string> registered))
                {
                    return ParseResult.Failed(diagnostics.ToImmutable());
                }

                string? whyNot = WhyNotImplementable(type);
                if (whyNot is not null)
                {
                    diagnostics.Add(Diagnostic(DiagnosticDescriptors.InterfaceNotImplementable, typeLocation, interfaceName, whyNot));
                    return ParseResult.Failed(diagnostics.ToImmutable());
                }

                var methods = ImmutableArray.CreateBuilder<MethodModel>();
                foreach (ISymbol member in AllMembers(type))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsAbstract: true, IsStatic: false } method)
                    {
                        MethodModel? model = ParseMethod(method, registered, contextType!.ToDisplayString(PlainTypeFormat), diagnostics);
                        if (model is not null)
                        {
                            methods.Add(model);
                        }
                    }
                    else if (member is IPropertySymbol or IEventSymbol && member.IsAbstract && !member.IsStatic)
                    {
                        diagnostics.Add(Diagnostic(
                            DiagnosticDescriptors.InterfaceNotImplementable,
                            LocationInfo.From(member.Locations.FirstOrDefault()) ?? typeLocation,
                            interfaceName,
                            $"member '{member.Name}' is not a method; declare only HTTP methods on a [VeniceApi] interface"));
                    }
                }

                if (diagnostics.Count > 0)
                {
                    return ParseResult.Failed(diagnostics.ToImmutable());
                }

                var model2 = new InterfaceModel(
                    type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(),
                    interfaceName,
                    ClientNameFor(type.Name),
                    IsEffectivelyPublic(type),
                    contextType!.ToDisplayString(PlainTypeFormat),
                    methods.ToEquatableArray());
                return new ParseResult(model2, EquatableArray<DiagnosticInfo>.Empty);
            }

            private static IEnumerable<ISymbol> AllMembers(INamedTypeSymbol type)
            {
                foreach (ISymbol member in type.GetMembers())
                {
                    yield return member;
                }

                foreach (INamedTypeSymbol inherited in type.AllInterfaces)
                {
                    foreach (ISymbol member in inherited.GetMembers())
                    {
                        yield return member;
                    }
                }
            }

            private static bool TryReadContext(
                AttributeData attribute,
                LocationInfo? location,
                ImmutableArray<DiagnosticInfo>.Builder diagnostics,
                out INamedTypeSymbol? contextType,
                out Dictionary<string, string> registered)
            {
                registered = new Dictionary<string, string>();
                contextType = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as INamedTypeSymbol : null;
                LocationInfo? attributeLocation = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation()) ?? location;
                if (contextType is null || !DerivesFrom(contextType, "System.Text.Json.Serialization.JsonSerializerContext"))
                {
                    diagnostics.Add(Diagnostic(DiagnosticDescriptors.InvalidJsonContext, attributeLocation, contextType?.ToDisplayString() ?? "(missing)"));
                    return false;
                }

                foreach (AttributeData data in contextType.GetAttributes())
                {
                    if (data.AttributeClass?.ToDisplayString() != "System.Text.Json.Serialization.JsonSerializableAttribute"
                        || data.ConstructorArguments.Length != 1
                        || data.ConstructorArguments[0].Value is not ITypeSymbol registeredType)
                    {
                        continue;
                    }

                    string propertyName = TypeInfoPropertyName(registeredType);
                    foreach (KeyValuePair<string, TypedConstant> named in data.NamedArguments)
                    {
                        if (named.Key == "TypeInfoPropertyName" && named.Value.Value is string explicitName)
                        {
                            propertyName = explicitName;
                        }
                    }

                    registered[registeredType.ToDisplayString(PlainTypeFormat)] = propertyName;
                }

                return true;
            }

            private static string? WhyNotImplementable(INamedTypeSymbol type)
            {
                if (type.IsGenericType)
                {
                    return "generic interfaces are not supported; declare a non-generic interface per API";
                }

                for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
                {
                    if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
                    {
                        return $"'{current.Name}' is {current.DeclaredAccessibility.ToString().ToLowerInvariant()}; make the interface and any type containing it public or internal";
                    }

                    if (current.ContainingType is { IsGenericType: true })
                    {
                        return "it is nested in a generic type; move it to a namespace";
                    }
                }

                return null;
            }

            private static MethodModel? ParseMethod(
                IMethodSymbol method,
                Dictionary<string, string> registered,
                string contextName,
                ImmutableArray<DiagnosticInfo>.Builder diagnostics)
            {
                LocationInfo? location = LocationInfo.From(method.Locations.FirstOrDefault());
                int before = diagnostics.Count;

                if (method.IsGenericMethod)
                {
                    diagnostics.Add(Diagnostic(DiagnosticDescriptors.InterfaceNotImplementable, location, method.ContainingType.ToDisplayString(),
                        $"method '{method.Name}' is generic; give each endpoint concrete request and response types"));
                    return null;
                }

                AttributeData? verb = null;
                string? httpMethod = null;
                foreach (AttributeData attribute in method.GetAttributes())
                {
                    string? name = VerbOf(attribute.AttributeClass);
                    if (name is not null)
                    {
                        verb = attribute;
                        httpMethod = name;
                        break;
                    }
                }

                if (verb is null || httpMethod is null)
                {
                    diagnostics.Add(Diagnostic(DiagnosticDescriptors.MissingHttpMethod, location, method.Name));
                    return null;
                }

                string template = verb.ConstructorArguments.Length == 1 && verb.ConstructorArguments[0].Value is string t ? t : string.Empty;
                LocationInfo? routeLocation = LocationInfo.From(verb.ApplicationSyntaxReference?.GetSyntax().GetLocation()) ?? location;
                if (!TryParseRoute(template, out List<RoutePart> route, out string? routeError))
                {
                    diagnostics.Add(Diagnostic(DiagnosticDescriptors.InvalidRoute, routeLocation, template, method.Name, routeError!));
                    return null;
                }

                // Return shape.
                ReturnKind kind;
                ITypeSymbol? resultType = null;
                if (!TryReadReturn(method.ReturnType, out kind, out resultType))
                {
                    diagnostics.Add(Diagnostic(DiagnosticDescriptors.UnsupportedReturnType, location, method.Name, method.ReturnType.ToDisplayString()));
                }

                string? resultTypeInfo = null;
                if (resultType is not null)
                {
                    resultTypeInfo = Registered(resultType, registered, method, contextName, location, diagnostics);
                }

                // Parameters.
                var placeholders = new HashSet<string>(route.Where(p => p.IsParameter).Select(p => p.Text));
                var boundPlaceholders = new HashSet<string>();
                var parameters = ImmutableArray.CreateBuilder<ParameterModel>();
                string? bodyTypeInfo = null;
                bool sawBody = false, sawToken = false, bodyIsContent = false;
                foreach (IParameterSymbol parameter in method.Parameters)
                {
                    LocationInfo? parameterLocation = LocationInfo.From(parameter.Locations.FirstOrDefault()) ?? location;
                    string typeName = parameter.Type.ToDisplayString(TypeFormat);
                    if (parameter.RefKind != RefKind.None || parameter.IsParams)
                    {
                        diagnostics.Add(Diagnostic(DiagnosticDescriptors.UnsupportedParameterType, parameterLocation, parameter.Name, typeName, "a ref, out, in or params parameter"));
                        continue;
                    }

                    if (parameter.Type.ToDisplayString() == "System.Threading.CancellationToken")
                    {
                        if (sawToken)
                        {
                            diagnostics.Add(Diagnostic(DiagnosticDescriptors.UnsupportedParameterType, parameterLocation, parameter.Name, typeName, "a second CancellationToken"));
                            continue;
                        }

                        sawToken = true;
                        parameters.Add(new ParameterModel(parameter.Name, typeName, ParameterKind.CancellationToken, parameter.Name, ValueFormat.String, false, false, false, DefaultValueOf(parameter)));
                        continue;
                    }

                    AttributeData? binding = parameter.GetAttributes().FirstOrDefault(a => IsHttpAttribute(a.AttributeClass, "BodyAttribute", "QueryAttribute", "HeaderAttribute", "PathAttribute"));
                    string bindingName = binding?.AttributeClass?.Name ?? string.Empty;
                    string? explicitName = binding is { ConstructorArguments.Length: 1 } ? binding.ConstructorArguments[0].Value as string : null;

                    if (bindingName == "BodyAttribute")
                    {
                        if (sawBody)
                        {
                            diagnostics.Add(Diagnostic(DiagnosticDescriptors.MultipleBodies, parameterLocation, method.Name));
                            continue;
                        }

                        sawBody = true;
                        if (parameter.Type is INamedTypeSymbol contentType && IsOrDerivesFrom(contentType, "System.Net.Http.HttpContent"))
                        {
                            // Prebuilt content (multipart uploads, streams) is sent as is; no JSON contract needed.
                            bodyIsContent = true;
                        }
                        else
                        {
                            bodyTypeInfo = Registered(parameter.Type, registered, method, contextName, parameterLocation, diagnostics);
                        }

                        parameters.Add(new ParameterModel(parameter.Name, typeName, ParameterKind.Body, parameter.Name, ValueFormat.String, IsNullable(parameter.Type), false, false, DefaultValueOf(parameter)));
                        continue;
                    }

                    ParameterKind parameterKind;
                    string wireName;
                    if (bindingName == "QueryAttribute")
                    {
                        parameterKind = ParameterKind.Query;
                        wireName = explicitName ?? parameter.Name;
                    }
                    else if (bindingName == "HeaderAttribute")
                    {
                        parameterKind = ParameterKind.Header;
                        wireName = explicitName ?? parameter.Name;
                    }
                    else if (bindingName == "PathAttribute" || placeholders.Contains(parameter.Name))
                    {
                        parameterKind = ParameterKind.Path;
                        wireName = explicitName ?? parameter.Name;
                        if (!placeholders.Contains(wireName))
                        {
                            diagnostics.Add(Diagnostic(DiagnosticDescriptors.ParameterUnbound, parameterLocation, parameter.Name, method.Name));
                            continue;
                        }

                        boundPlaceholders.Add(wireName);
                    }
                    else
                    {
                        diagnostics.Add(Diagnostic(DiagnosticDescriptors.ParameterUnbound, parameterLocation, parameter.Name, method.Name));
                        continue;
                    }

                    ITypeSymbol valueType = parameter.Type;
                    bool isCollection = false;
                    if (parameterKind == ParameterKind.Query && TryGetElementType(valueType, out ITypeSymbol? element))
                    {
                        isCollection = true;
                        valueType = element!;
                    }

                    bool isNullableValueType = valueType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
                    ITypeSymbol underlying = isNullableValueType ? ((INamedTypeSymbol)valueType).TypeArguments[0] : valueType;
                    ValueFormat? format = FormatOf(underlying);
                    if (format is null)
                    {
                        string where = parameterKind switch
                        {
                            ParameterKind.Query => "a query value",
                            ParameterKind.Header => "a header value",
                            _ => "a path segment",
                        };
                        diagnostics.Add(Diagnostic(DiagnosticDescriptors.UnsupportedParameterType, parameterLocation, parameter.Name, typeName, where));
                        continue;
                    }

                    parameters.Add(new ParameterModel(parameter.Name, typeName, parameterKind, wireName, format.Value, IsNullable(valueType), isNullableValueType, isCollection, DefaultValueOf(parameter)));
                }

                foreach (string placeholder in placeholders)
                {
                    if (!boundPlaceholders.Contains(placeholder))
                    {
                        diagnostics.Add(Diagnostic(DiagnosticDescriptors.RoutePlaceholderUnbound, routeLocation, placeholder, method.Name));
                    }
                }

                if (diagnostics.Count != before)
                {
                    return null;
                }

                return new MethodModel(
                    method.Name,
                    httpMethod,
                    route.ToEquatableArray(),
                    kind,
                    method.ReturnType.ToDisplayString(TypeFormat),
                    resultType?.ToDisplayString(TypeFormat),
                    resultTypeInfo,
                    parameters.ToEquatableArray(),
                    bodyTypeInfo,
                    bodyIsContent);
            }

            private static string? Registered(
                ITypeSymbol type,
                Dictionary<string, string> registered,
                IMethodSymbol method,
                string contextName,
                LocationInfo? location,
                ImmutableArray<DiagnosticInfo>.Builder diagnostics)
            {
                ITypeSymbol plain = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
                string key = plain.ToDisplayString(PlainTypeFormat);
                if (registered.TryGetValue(key, out string? propertyName))
                {
                    return propertyName;
                }

                diagnostics.Add(Diagnostic(DiagnosticDescriptors.TypeNotRegistered, location, plain.ToDisplayString(), method.Name, contextName.Replace("global::", string.Empty)));
                return null;
            }

            private static bool TryReadReturn(ITypeSymbol returnType, out ReturnKind kind, out ITypeSymbol? resultType)
            {
                kind = ReturnKind.NoContent;
                resultType = null;
                if (returnType is not INamedTypeSymbol named)
                {
                    return false;
                }

                string definition = named.OriginalDefinition.ToDisplayString();
                if (definition == "System.Threading.Tasks.Task")
                {
                    return true;
                }

                if (definition == "System.Collections.Generic.IAsyncEnumerable<T>")
                {
                    kind = ReturnKind.EventStream;
                    resultType = named.TypeArguments[0];
                    return true;
                }

                if (definition != "System.Threading.Tasks.Task<TResult>")
                {
                    return false;
                }

                ITypeSymbol inner = named.TypeArguments[0];
                if (inner is INamedTypeSymbol innerNamed && innerNamed.ContainingNamespace?.ToDisplayString() == HttpNamespace)
                {
                    if (innerNamed.Name == "BinaryResponse" && !innerNamed.IsGenericType)
                    {
                        kind = ReturnKind.Binary;
                        return true;
                    }

                    if (innerNamed.Name == "MediaResponse" && innerNamed.TypeArguments.Length == 1)
                    {
                        kind = ReturnKind.JsonOrMedia;
                        resultType = innerNamed.TypeArguments[0];
                        return true;
                    }

                    if (innerNamed.Name == "ApiResponse" && innerNamed.TypeArguments.Length == 1)
                    {
                        kind = ReturnKind.JsonWithMetadata;
                        resultType = innerNamed.TypeArguments[0];
                        return true;
                    }
                }

                kind = ReturnKind.Json;
                resultType = inner;
                return true;
            }

            private static bool TryGetElementType(ITypeSymbol type, out ITypeSymbol? element)
            {
                element = null;
                if (type.SpecialType == SpecialType.System_String)
                {
                    return false;
                }

                if (type is IArrayTypeSymbol array)
                {
                    element = array.ElementType;
                    return true;
                }

                foreach (INamedTypeSymbol implemented in type is INamedTypeSymbol { TypeKind: TypeKind.Interface } self ? self.AllInterfaces.Add(self) : type.AllInterfaces)
                {
                    if (implemented.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                    {
                        element = implemented.TypeArguments[0];
                        return true;
                    }
                }

                return false;
            }

            private static ValueFormat? FormatOf(ITypeSymbol type)
            {
                switch (type.SpecialType)
                {
                    case SpecialType.System_String:
                        return ValueFormat.String;
                    case SpecialType.System_Boolean:
                        return ValueFormat.Boolean;
                    case SpecialType.System_DateTime:
                        return ValueFormat.RoundTripDate;
                }

                string name = type.ToDisplayString();
                if (name is "System.DateTimeOffset" or "System.DateOnly" or "System.TimeOnly")
                {
                    return ValueFormat.RoundTripDate;
                }

                if (type.TypeKind == TypeKind.Enum)
                {
                    return ValueFormat.ToStringValue;
                }

                if (type.AllInterfaces.Any(i => i.ToDisplayString() == "System.ISpanFormattable"))
                {
                    return ValueFormat.Formattable;
                }

                bool overridesToString = type.GetMembers("ToString").OfType<IMethodSymbol>()
                    .Any(m => m.Parameters.Length == 0 && m.IsOverride && !m.IsImplicitlyDeclared);
                return overridesToString ? ValueFormat.ToStringValue : null;
            }

            /// <summary>The C# text of a parameter's default value, so the class keeps the interface's optional parameters.</summary>
            private static string? DefaultValueOf(IParameterSymbol parameter)
            {
                if (!parameter.HasExplicitDefaultValue)
                {
                    return null;
                }

                object? value = parameter.ExplicitDefaultValue;
                if (value is null)
                {
                    return "default";
                }

                ITypeSymbol type = parameter.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                    ? nullable.TypeArguments[0]
                    : parameter.Type;
                string literal = SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false);
                if (type.TypeKind == TypeKind.Enum)
                {
                    return $"({type.ToDisplayString(PlainTypeFormat)})({literal})";
                }

                return value switch
                {
                    float => literal + "F",
                    decimal => literal + "M",
                    _ => literal,
                };
            }

            private static bool IsNullable(ITypeSymbol type) =>
                type.NullableAnnotation == NullableAnnotation.Annotated
                || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

            private static string? VerbOf(INamedTypeSymbol? attribute)
            {
                if (attribute is null || attribute.ContainingNamespace?.ToDisplayString() != HttpNamespace)
                {
                    return null;
                }

                return attribute.Name switch
                {
                    "GetAttribute" => "Get",
                    "PostAttribute" => "Post",
                    "PutAttribute" => "Put",
                    "PatchAttribute" => "Patch",
                    "DeleteAttribute" => "Delete",
                    _ => null,
                };
            }

            private static bool IsHttpAttribute(INamedTypeSymbol? attribute, params string[] names) =>
                attribute is not null
                && attribute.ContainingNamespace?.ToDisplayString() == HttpNamespace
                && names.Contains(attribute.Name);

            private static bool IsOrDerivesFrom(INamedTypeSymbol type, string baseName) =>
                type.ToDisplayString() == baseName || DerivesFrom(type, baseName);

            private static bool DerivesFrom(INamedTypeSymbol type, string baseName)
            {
                for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
                {
                    if (current.ToDisplayString() == baseName)
                    {
                        return true;
                    }
                }

                return false;
            }

            internal static bool TryParseRoute(string template, out List<RoutePart> parts, out string? error)
            {
                parts = new List<RoutePart>();
                error = null;
                string path = template.TrimStart('/');
                if (path.IndexOfAny(new[] { '?', '#' }) >= 0)
                {
                    error = "it contains '?' or '#'; bind query values with [Query] parameters";
                    return false;
                }

                if (template.Contains("://"))
                {
                    error = "it is absolute; routes are relative to the client's base address";
                    return false;
                }

                int i = 0;
                while (i < path.Length)
                {
                    int open = path.IndexOf('{', i);
                    int close = path.IndexOf('}', i);
                    if (open < 0)
                    {
                        if (close >= 0)
                        {
                            error = "a '}' has no matching '{'";
                            return false;
                        }

                        parts.Add(new RoutePart(path.Substring(i), false));
                        break;
                    }

                    if (close >= 0 && close < open)
                    {
                        error = "a '}' has no matching '{'";
                        return false;
                    }

                    if (open > i)
                    {
                        parts.Add(new RoutePart(path.Substring(i, open - i), false));
                    }

                    close = path.IndexOf('}', open);
                    if (close < 0)
                    {
                        error = "a '{' is never closed";
                        return false;
                    }

                    string name = path.Substring(open + 1, close - open - 1);
                    if (!SyntaxFacts.IsValidIdentifier(name))
                    {
                        error = $"'{{{name}}}' is not a valid parameter name";
                        return false;
                    }

                    parts.Add(new RoutePart(name, true));
                    i = close + 1;
                }

                return true;
            }

            /// <summary>The property name System.Text.Json's generator gives a type's JsonTypeInfo on the context.</summary>
            internal static string TypeInfoPropertyName(ITypeSymbol type)
            {
                if (type is IArrayTypeSymbol array)
                {
                    return TypeInfoPropertyName(array.ElementType) + "Array";
                }

                if (type is INamedTypeSymbol { IsGenericType: true } generic)
                {
                    string name = generic.Name;
                    foreach (ITypeSymbol argument in generic.TypeArguments)
                    {
                        name += TypeInfoPropertyName(argument);
                    }

                    return name;
                }

                return type.Name;
            }

            private static string ClientNameFor(string interfaceName)
            {
                bool prefixed = interfaceName.Length > 1 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1]);
                string core = prefixed ? interfaceName.Substring(1) : interfaceName;
                return core.EndsWith("Client", System.StringComparison.Ordinal) ? core + "Implementation" : core + "Client";
            }

            private static bool IsEffectivelyPublic(INamedTypeSymbol type)
            {
                for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
                {
                    if (current.DeclaredAccessibility != Accessibility.Public)
                    {
                        return false;
                    }
                }

                return true;
            }

            private static DiagnosticInfo Diagnostic(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
                new(descriptor, location, arguments.ToEquatableArray());
        }
    }
}
