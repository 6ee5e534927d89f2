package org.shizhi.domain.dispute.model;

import java.util.List;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * A type of dispute: the 13 types of the ProMediConv cases plus {@code OTHER} are the platform's; a city may add its
 * own through a plugin (SPI 1.2). The code is what the API and the database speak; the label is the Chinese name.
 */
@PublishedModel
public record DisputeType(String code, String label) {

    public static final DisputeType NEIGHBOURHOOD = new DisputeType("NEIGHBOURHOOD", "社区邻里纠纷");
    public static final DisputeType LABOUR = new DisputeType("LABOUR", "劳资劳动纠纷");
    public static final DisputeType FAMILY_MARRIAGE = new DisputeType("FAMILY_MARRIAGE", "家庭婚姻纠纷");
    public static final DisputeType PROPERTY_LAND = new DisputeType("PROPERTY_LAND", "房产土地纠纷");
    public static final DisputeType DEBT = new DisputeType("DEBT", "经济债务纠纷");
    public static final DisputeType TRAFFIC_ACCIDENT = new DisputeType("TRAFFIC_ACCIDENT", "交通事故纠纷");
    public static final DisputeType MEDICAL = new DisputeType("MEDICAL", "医疗健康纠纷");
    public static final DisputeType PUBLIC_ORDER = new DisputeType("PUBLIC_ORDER", "治安刑事纠纷");
    public static final DisputeType ENVIRONMENT = new DisputeType("ENVIRONMENT", "环境污染纠纷");
    public static final DisputeType EDUCATION = new DisputeType("EDUCATION", "校园教育纠纷");
    public static final DisputeType CONSUMER_TOURISM = new DisputeType("CONSUMER_TOURISM", "消费旅游纠纷");
    public static final DisputeType INHERITANCE = new DisputeType("INHERITANCE", "遗产继承纠纷");
    public static final DisputeType BUSINESS = new DisputeType("BUSINESS", "公司经营纠纷");
    public static final DisputeType OTHER = new DisputeType("OTHER", "其他纠纷");

    /** The platform's types, in the dataset's order, {@code OTHER} last. */
    public static final List<DisputeType> STANDARD = List.of(NEIGHBOURHOOD, LABOUR, FAMILY_MARRIAGE, PROPERTY_LAND, DEBT,
            TRAFFIC_ACCIDENT, MEDICAL, PUBLIC_ORDER, ENVIRONMENT, EDUCATION, CONSUMER_TOURISM, INHERITANCE, BUSINESS, OTHER);

    public DisputeType {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new InvalidValueException("type", "a dispute type code is 2 to 40 upper-case letters, digits and '_', not '" + code + "'");
        }
        label = Texts.required("type.label", "a dispute type's label", label, 50);
    }

    /** The standard type with this Chinese label (as the ProMediConv data names it), if there is one. */
    public static java.util.Optional<DisputeType> ofLabel(String label) {
        return STANDARD.stream().filter(t -> t.label.equals(label)).findFirst();
    }

    /** The type with this code among {@code known}, else refused naming the known codes. */
    public static DisputeType among(List<DisputeType> known, String code) {
        return known.stream().filter(t -> t.code.equals(code)).findFirst().orElseThrow(() -> new InvalidValueException("type",
                "dispute type '" + code + "' is not known in this city; known: "
                        + String.join(", ", known.stream().map(DisputeType::code).toList())));
    }
}
