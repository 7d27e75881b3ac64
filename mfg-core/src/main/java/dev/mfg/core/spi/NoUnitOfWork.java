package dev.mfg.core.spi;

import java.util.Objects;
import java.util.function.Supplier;

/** {@link UnitOfWork#none()}: runs the work directly, with no atomicity across stores. */
final class NoUnitOfWork implements UnitOfWork {
    static final NoUnitOfWork INSTANCE = new NoUnitOfWork();

    private NoUnitOfWork() {}

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return Objects.requireNonNull(work, "work").get();
    }

    @Override
    public String toString() {
        return "UnitOfWork.none()";
    }
}
