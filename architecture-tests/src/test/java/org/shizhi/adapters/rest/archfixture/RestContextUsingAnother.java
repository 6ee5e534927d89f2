package org.shizhi.adapters.rest.archfixture;

import org.shizhi.adapters.rest.archfixtureb.OtherRestContext;

/** Deliberate violation: one REST context package reaching into another's class instead of sharing rest.http. */
public class RestContextUsingAnother {

    public String answer() {
        return new OtherRestContext().render();
    }
}
