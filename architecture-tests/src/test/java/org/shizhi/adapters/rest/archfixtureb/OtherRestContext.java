package org.shizhi.adapters.rest.archfixtureb;

/** Another REST context package of the fixture, used by {@code RestContextUsingAnother}. */
public class OtherRestContext {

    public String render() {
        return "rendered by another context";
    }
}
