using System.Reflection;
using System.Reflection.Emit;

namespace ProgramaBot.Tests.CodeShape;

/// <summary>
/// Every type of an assembly that one of its types uses: in its signature (base type, interfaces, fields, properties,
/// parameters, return types, locals) and in its method bodies (the tokens the IL loads, calls, creates or casts to).
/// Read from the compiled assembly, so lambdas, async state machines and fully qualified names all count, unlike a
/// reading of <c>using</c> directives.
/// </summary>
public static class TypeReferences
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>The types <paramref name="type"/> uses that belong to the same assembly, itself excluded.</summary>
    public static IReadOnlySet<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? used) => AddUnwrapped(used, type.Assembly, found);

        Add(type.BaseType);
        foreach (var contract in type.GetInterfaces()) Add(contract);
        foreach (var field in type.GetFields(Declared)) Add(field.FieldType);
        foreach (var property in type.GetProperties(Declared)) Add(property.PropertyType);
        foreach (var method in type.GetMethods(Declared))
        {
            Add(method.ReturnType);
            AddBody(method, type, found);
        }
        foreach (var constructor in type.GetConstructors(Declared)) AddBody(constructor, type, found);

        found.Remove(type);
        return found;
    }

    private static void AddBody(MethodBase method, Type owner, HashSet<Type> found)
    {
        foreach (var parameter in method.GetParameters()) AddUnwrapped(parameter.ParameterType, owner.Assembly, found);
        var body = method.GetMethodBody();
        if (body is null) return;
        foreach (var local in body.LocalVariables) AddUnwrapped(local.LocalType, owner.Assembly, found);

        var typeArguments = owner.IsGenericType ? owner.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        foreach (var token in MemberTokens(body.GetILAsByteArray() ?? []))
        {
            MemberInfo? member;
            try { member = method.Module.ResolveMember(token, typeArguments, methodArguments); }
            catch (ArgumentException) { continue; }
            switch (member)
            {
                case Type used: AddUnwrapped(used, owner.Assembly, found); break;
                case FieldInfo field: AddUnwrapped(field.DeclaringType, owner.Assembly, found); AddUnwrapped(field.FieldType, owner.Assembly, found); break;
                case MethodInfo called:
                    AddUnwrapped(called.DeclaringType, owner.Assembly, found);
                    AddUnwrapped(called.ReturnType, owner.Assembly, found);
                    foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : []) AddUnwrapped(argument, owner.Assembly, found);
                    break;
                case ConstructorInfo created: AddUnwrapped(created.DeclaringType, owner.Assembly, found); break;
            }
        }
    }

    /// <summary>The metadata tokens of the member, field, type and token operands of an IL stream.</summary>
    private static IEnumerable<int> MemberTokens(byte[] il)
    {
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE) value = unchecked((short)(0xFE00 | il[at++]));
            if (!OpCodesByValue.TryGetValue(value, out var code))
                throw new InvalidOperationException($"Unknown IL opcode 0x{value:X} at {at}.");

            switch (code.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    yield return BitConverter.ToInt32(il, at);
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                default:
                    at += OperandSize(code.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    private static void AddUnwrapped(Type? type, Assembly assembly, HashSet<Type> found)
    {
        if (type is null || type.IsGenericParameter) return;
        if (type.HasElementType)
        {
            AddUnwrapped(type.GetElementType(), assembly, found);
            return;
        }
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var argument in type.GetGenericArguments()) AddUnwrapped(argument, assembly, found);
            type = type.GetGenericTypeDefinition();
        }
        if (type.Assembly == assembly) found.Add(type);
    }
}
