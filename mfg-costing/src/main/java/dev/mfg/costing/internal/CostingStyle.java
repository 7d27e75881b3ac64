package dev.mfg.costing.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The costing module's Immutables style (the same as the core's, which is internal to the core) for builder-constructed aggregates.
 *
 * <p>The generated {@code ImmutableX} is package-private; {@code build()} returns the abstract type, and
 * callers reach the builder through the type's static {@code builder()} method. Every model type also gets
 * {@code withX(...)} copy methods, because callers edit master data by copying.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class})
public @interface CostingStyle {}
