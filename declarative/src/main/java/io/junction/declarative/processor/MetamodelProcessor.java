package io.junction.declarative.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Writes {@code Node_} next to each class annotated {@code @io.junction.declarative.Table}: a
 * {@code ColumnRef<T>} per column field ({@code Node_.data.eq("child2")}) and a
 * {@code RelationshipRef<S, T>} per relationship, including the backrefs other classes declare
 * onto it ({@code Node_.parent}). Registered in {@code META-INF/services}, so {@code javac} runs it
 * whenever junction-declarative is on the class path.
 */
public final class MetamodelProcessor extends AbstractProcessor {
    static final String TABLE = "io.junction.declarative.Table";
    static final String COLUMN = "io.junction.declarative.Column";
    static final String FOREIGN_KEY = "io.junction.declarative.ForeignKey";
    static final String RELATIONSHIP = "io.junction.declarative.Relationship";
    static final String BACKREF = "io.junction.declarative.Backref";
    static final String PROXY = "io.junction.declarative.AssociationProxy";
    static final String BASE = "io.junction.declarative.DeclarativeBase";

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(TABLE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement tableAnnotation = processingEnv.getElementUtils().getTypeElement(TABLE);
        if (tableAnnotation == null) {
            return false;
        }
        List<TypeElement> models = new ArrayList<>();
        for (Element element : round.getElementsAnnotatedWith(tableAnnotation)) {
            if (element.getKind() == ElementKind.CLASS) {
                models.add((TypeElement) element);
            }
        }
        // backrefs declared onto each class by the others
        Map<String, Map<String, String>> backrefs = new LinkedHashMap<>();
        for (TypeElement model : models) {
            for (VariableElement field : fields(model)) {
                AnnotationMirror relationship = annotation(field, RELATIONSHIP);
                AnnotationMirror backref = annotation(field, BACKREF);
                if (relationship != null && backref != null) {
                    String target = targetName(field, relationship, models);
                    String name = (String) value(backref, "name");
                    if (target != null && name != null) {
                        backrefs.computeIfAbsent(target, k -> new LinkedHashMap<>())
                                .put(name, model.getQualifiedName().toString());
                    }
                }
            }
        }
        for (TypeElement model : models) {
            try {
                write(model, models, backrefs.getOrDefault(model.getQualifiedName().toString(), Map.of()));
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "cannot write the metamodel of " + model.getQualifiedName() + ": " + e.getMessage(), model);
            }
        }
        return false;
    }

    private void write(TypeElement model, List<TypeElement> models, Map<String, String> backrefs) throws IOException {
        String packageName = packageOf(model);
        String modelName = model.getQualifiedName().toString();
        String simple = flatName(model) + "_";
        String generatedName = packageName.isEmpty() ? simple : packageName + "." + simple;
        StringBuilder out = new StringBuilder();
        if (!packageName.isEmpty()) {
            out.append("package ").append(packageName).append(";\n\n");
        }
        out.append("/** The typed metamodel of {@link ").append(modelName).append("}, written by junction-declarative. */\n");
        out.append("@javax.annotation.processing.Generated(\"").append(MetamodelProcessor.class.getName()).append("\")\n");
        out.append("public final class ").append(simple).append(" {\n");
        List<String> names = new ArrayList<>();
        for (VariableElement field : fields(model)) {
            String name = field.getSimpleName().toString();
            AnnotationMirror relationship = annotation(field, RELATIONSHIP);
            if (annotation(field, COLUMN) != null || annotation(field, FOREIGN_KEY) != null) {
                String type = boxed(field.asType());
                out.append("    /** The column of {@link ").append(modelName).append("#").append(name).append("}. */\n");
                out.append("    public static final io.junction.declarative.ColumnRef<").append(type).append("> ").append(name)
                        .append(" = io.junction.declarative.ColumnRef.of(").append(modelName).append(".class, \"")
                        .append(name).append("\", ").append(type).append(".class);\n");
                names.add(name);
            } else if (relationship != null) {
                String target = targetName(field, relationship, models);
                relationshipRef(out, modelName, name, target == null ? "java.lang.Object" : target);
                names.add(name);
            } else if (annotation(field, PROXY) != null) {
                out.append("    /** The association proxy {@code ").append(name).append("}, for criteria. */\n");
                out.append("    public static final io.junction.declarative.ProxyRef<").append(modelName).append("> ").append(name)
                        .append(" = io.junction.declarative.ProxyRef.of(").append(modelName).append(".class, \"")
                        .append(name).append("\");\n");
                names.add(name);
            }
        }
        for (Map.Entry<String, String> backref : backrefs.entrySet()) {
            if (!names.contains(backref.getKey())) {
                relationshipRef(out, modelName, backref.getKey(), backref.getValue());
                names.add(backref.getKey());
            }
        }
        out.append("\n    private ").append(simple).append("() {\n    }\n}\n");
        try (Writer writer = processingEnv.getFiler().createSourceFile(generatedName, model).openWriter()) {
            writer.write(out.toString());
        }
    }

    private static void relationshipRef(StringBuilder out, String model, String name, String target) {
        out.append("    /** The relationship {@code ").append(name).append("}, for joins and loader options. */\n");
        out.append("    public static final io.junction.declarative.RelationshipRef<").append(model).append(", ").append(target)
                .append("> ").append(name).append(" = io.junction.declarative.RelationshipRef.of(").append(model)
                .append(".class, \"").append(name).append("\", ").append(target).append(".class);\n");
    }

    /** The mapped fields of a model class: its own and those of superclasses without @Table below the base. */
    private List<VariableElement> fields(TypeElement model) {
        List<TypeElement> chain = new ArrayList<>();
        TypeElement current = model;
        while (current != null && !current.getQualifiedName().contentEquals(BASE)
                && !current.getQualifiedName().contentEquals("java.lang.Object")) {
            if (current != model && annotation(current, TABLE) != null) {
                break;
            }
            chain.add(0, current);
            TypeMirror superclass = current.getSuperclass();
            current = superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
        }
        List<VariableElement> fields = new ArrayList<>();
        for (TypeElement type : chain) {
            for (Element member : type.getEnclosedElements()) {
                if (member.getKind() == ElementKind.FIELD && !member.getModifiers().contains(Modifier.STATIC)
                        && !member.getModifiers().contains(Modifier.TRANSIENT)) {
                    fields.add((VariableElement) member);
                }
            }
        }
        return fields;
    }

    /**
     * The qualified name of a relationship's target: its {@code target} by name — a qualified name,
     * else a model of that simple name in the field's own package, else one elsewhere — or the
     * field's (element) type.
     */
    private String targetName(VariableElement field, AnnotationMirror relationship, List<TypeElement> models) {
        Object named = value(relationship, "target");
        if (named instanceof String name && !name.isEmpty()) {
            String home = processingEnv.getElementUtils().getPackageOf(field).getQualifiedName().toString();
            TypeElement elsewhere = null;
            for (TypeElement model : models) {
                if (model.getQualifiedName().contentEquals(name)) {
                    return name;
                }
                if (model.getSimpleName().contentEquals(name)) {
                    if (processingEnv.getElementUtils().getPackageOf(model).getQualifiedName().contentEquals(home)) {
                        return model.getQualifiedName().toString();
                    }
                    if (elsewhere == null) {
                        elsewhere = model;
                    }
                }
            }
            if (elsewhere != null) {
                return elsewhere.getQualifiedName().toString();
            }
            TypeElement byName = processingEnv.getElementUtils().getTypeElement(name);
            return byName == null ? null : byName.getQualifiedName().toString();
        }
        TypeMirror type = field.asType();
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) type;
        TypeMirror collection = processingEnv.getTypeUtils().erasure(
                processingEnv.getElementUtils().getTypeElement("java.util.Collection").asType());
        TypeElement dynamic = processingEnv.getElementUtils().getTypeElement("io.junction.orm.attribute.DynamicCollection");
        boolean queried = dynamic != null && processingEnv.getTypeUtils().isAssignable(
                processingEnv.getTypeUtils().erasure(type), processingEnv.getTypeUtils().erasure(dynamic.asType()));
        if (queried || processingEnv.getTypeUtils().isAssignable(processingEnv.getTypeUtils().erasure(type), collection)) {
            if (declared.getTypeArguments().size() == 1 && declared.getTypeArguments().get(0).getKind() == TypeKind.DECLARED) {
                return ((TypeElement) ((DeclaredType) declared.getTypeArguments().get(0)).asElement()).getQualifiedName().toString();
            }
            return null;
        }
        if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.Map")) {
            if (declared.getTypeArguments().size() == 2 && declared.getTypeArguments().get(1).getKind() == TypeKind.DECLARED) {
                return ((TypeElement) ((DeclaredType) declared.getTypeArguments().get(1)).asElement()).getQualifiedName().toString();
            }
            return null;
        }
        return ((TypeElement) declared.asElement()).getQualifiedName().toString();
    }

    private String boxed(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return processingEnv.getTypeUtils().boxedClass((javax.lang.model.type.PrimitiveType) type).getQualifiedName().toString();
        }
        return processingEnv.getTypeUtils().erasure(type).toString();
    }

    private static AnnotationMirror annotation(Element element, String name) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(name)) {
                return mirror;
            }
        }
        return null;
    }

    private static Object value(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue().getValue();
            }
        }
        return null;
    }

    private static String packageOf(TypeElement type) {
        Element current = type;
        while (!(current instanceof PackageElement)) {
            current = current.getEnclosingElement();
        }
        return ((PackageElement) current).getQualifiedName().toString();
    }

    /** {@code Node} for a top-level class, {@code Outer_Node} for a nested one. */
    private static String flatName(TypeElement type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement outer; e = e.getEnclosingElement()) {
            name.insert(0, outer.getSimpleName() + "_");
        }
        return name.toString();
    }
}
